package dev.skillbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShardRangeTest {

    @Test
    void readsRangesSingleShardsAndLists() {
        assertThat(ShardRange.parse("0-1/4")).isEqualTo(new ShardRange(java.util.List.of(0, 1), 4));
        assertThat(ShardRange.parse("3/4")).isEqualTo(new ShardRange(java.util.List.of(3), 4));
        assertThat(ShardRange.parse(" 0, 2-3 / 4 ")).isEqualTo(new ShardRange(java.util.List.of(0, 2, 3), 4));
    }

    @Test
    void refusesShardsOutsideTheTotalAndNonsense() {
        for (String bad : new String[] {"4/4", "0-1", "1-0/4", "a/4", "0/0", "", "-1/4"}) {
            assertThatThrownBy(() -> ShardRange.parse(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("SKILLBOT_DISCORD_SHARDS");
        }
    }
}
