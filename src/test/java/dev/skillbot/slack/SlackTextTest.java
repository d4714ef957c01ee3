package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Diff;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlackTextTest {

    @Test
    void escapesOnlyAmpersandAndAngleBrackets() {
        assertThat(SlackText.escape("<!channel> <@U123> & *bold* `code` \"q\""))
                .isEqualTo("&lt;!channel&gt; &lt;@U123&gt; &amp; *bold* `code` \"q\"");
        assertThat(SlackText.escape(null)).isEmpty();
    }

    /** "*use *all* tools*" would show "use " in bold and "all* tools*" with stray asterisks: Slack has no escape. */
    @Test
    void aChangedWordsOwnAsteriskOrTildeCannotEndItsMarksEarly() {
        Diff diff = new Diff(
                "",
                List.of(
                        new Diff.Segment(Diff.Change.SAME, "Runs "),
                        new Diff.Segment(Diff.Change.REMOVED, "~some~ tools"),
                        new Diff.Segment(Diff.Change.ADDED, "*all* tools"),
                        new Diff.Segment(Diff.Change.SAME, " with *care*")));

        assertThat(SlackDiff.mrkdwn(diff, 3000, "…"))
                .isEqualTo("Runs ~\u223Csome\u223C tools~*\u2217all\u2217 tools* with *care*");
    }

    @Test
    void measuresAfterEscaping() {
        // 10 raw characters become 50 escaped ones: the limit applies to what Slack receives
        String fitted = SlackText.fit("&".repeat(10), 20, "…");

        assertThat(fitted).isEqualTo("&amp;&amp;&amp;…").hasSizeLessThanOrEqualTo(20);
    }

    @Test
    void neverCutsInsideAnEntityOrASurrogatePair() {
        assertThat(SlackText.fit("abc<def", 7, "…")).isEqualTo("abc…");
        assertThat(SlackText.cut("ab😀cd", 4, "…")).isEqualTo("ab…");
    }

    @Test
    void leavesTextThatFitsAlone() {
        assertThat(SlackText.fit("Lead ▶", 75, "…")).isEqualTo("Lead ▶");
        assertThat(SlackText.fit("x".repeat(75), 75, "…")).hasSize(75).doesNotEndWith("…");
        assertThat(SlackText.fit("x".repeat(76), 75, "…")).hasSize(75).endsWith("…");
    }

    @Test
    void plainTextAndMarkdownObjects() {
        assertThat(SlackText.plain("R&D <team>", 150).getText()).isEqualTo("R&amp;D &lt;team&gt;");
        assertThat(SlackText.markdown("*x*").getVerbatim()).isTrue();
    }
}
