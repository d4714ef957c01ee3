package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackIdsTest {

    @Test
    void slackShapedIdsPassAndAnythingElseDoesNot() {
        assertThat(SlackIds.plausible("U0ALICE")).isTrue();
        assertThat(SlackIds.plausible("T024BE7LD")).isTrue();
        assertThat(SlackIds.plausible("U_PROPERTY")).isTrue();
        assertThat(SlackIds.plausible((String) null)).as("absent").isTrue();
        assertThat(SlackIds.plausible("x".repeat(64))).isTrue();

        assertThat(SlackIds.plausible("x".repeat(65))).isFalse();
        assertThat(SlackIds.plausible("U0\n2026-01-01 ERROR forged")).isFalse();
        assertThat(SlackIds.plausible("<!channel>")).isFalse();
        assertThat(SlackIds.plausible("U0ÄLICE")).isFalse();
    }
}
