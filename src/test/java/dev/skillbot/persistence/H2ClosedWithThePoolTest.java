package dev.skillbot.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class H2ClosedWithThePoolTest {

    @Test
    void h2UrlsCloseWithThePoolUnlessTheySayOtherwise() {
        assertThat(H2ClosedWithThePool.url("jdbc:h2:file:./data/skillbot"))
                .isEqualTo("jdbc:h2:file:./data/skillbot;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(H2ClosedWithThePool.url("jdbc:h2:file:/d/x;db_close_on_exit=TRUE"))
                .isEqualTo("jdbc:h2:file:/d/x;db_close_on_exit=TRUE");
        assertThat(H2ClosedWithThePool.url("jdbc:postgresql://db/skillbot")).isEqualTo("jdbc:postgresql://db/skillbot");
    }
}
