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

    @Test
    void commandNamesAsSlackAllowsThemPassAndForgedOnesDoNot() {
        assertThat(SlackIds.plausibleCommand("/skill")).isTrue();
        assertThat(SlackIds.plausibleCommand("/noop")).isTrue();
        assertThat(SlackIds.plausibleCommand("/技能")).isTrue();
        assertThat(SlackIds.plausibleCommand("/" + "x".repeat(32))).isTrue();

        assertThat(SlackIds.plausibleCommand(null)).isFalse();
        assertThat(SlackIds.plausibleCommand("/")).isFalse();
        assertThat(SlackIds.plausibleCommand("skill")).isFalse();
        assertThat(SlackIds.plausibleCommand("/" + "x".repeat(33))).isFalse();
        assertThat(SlackIds.plausibleCommand("/skill\n2026-01-01 ERROR forged")).isFalse();
        assertThat(SlackIds.plausibleCommand("/skill now")).isFalse();
        assertThat(SlackIds.plausibleCommand("/a/b")).isFalse();
    }
}
