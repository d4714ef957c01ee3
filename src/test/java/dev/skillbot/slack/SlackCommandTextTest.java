package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What Slack sends for {@code /skill} with {@code should_escape: true}, back to what the person typed. */
class SlackCommandTextTest {

    @Test
    void mentionsAreKeptLinksAndEntitiesAreUndone() {
        assertThat(SlackCommandText.of("me share <@U0FRANK|frank>")).isEqualTo("me share <@U0FRANK|frank>");
        assertThat(SlackCommandText.of("<https://skills.example/skills/gitops?level=senior|skills.example/…>"))
                .isEqualTo("https://skills.example/skills/gitops?level=senior");
        assertThat(SlackCommandText.of("search ci&amp;cd &lt;b&gt; &amp;lt;")).isEqualTo("search ci&cd <b> &lt;");
        assertThat(SlackCommandText.of(null)).isEmpty();
    }
}
