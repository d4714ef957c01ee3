package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Diff;
import dev.skillbot.suggestion.WordDiff;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
                .isEqualTo("Runs ~\u223Csome\u223C tools~ *\u2217all\u2217 tools* with *care*");
    }

    /** Slack shows "SLOs*,*" and "it~.~*!*" with their markers as typed: a mark only works at a word's edge. */
    @Test
    void aChangeInsideAWordMarksTheWholeWordAndARemovalAndAnAdditionStandApart() {
        assertThat(SlackDiff.mrkdwn(
                        new Diff("", WordDiff.diff("Gates on SLOs and ships it.", "Gates on SLOs, and ships it!")),
                        3000,
                        "…"))
                .isEqualTo("Gates on ~SLOs~ *SLOs,* and ships ~it.~ *it!*");
        assertThat(SlackDiff.mrkdwn(new Diff("", WordDiff.diff("Runs drills", "Runs game days")), 3000, "…"))
                .isEqualTo("Runs ~drills~ *game days*");
    }

    @Property(tries = 1000)
    void everyMarkStandsAtAWordsEdge(@ForAll("sentences") String before, @ForAll("sentences") String after) {
        String marked = SlackDiff.mrkdwn(new Diff("", WordDiff.diff(before, after)), 40_000, "…");

        boolean[] open = {false, false};
        for (int i = 0; i < marked.length(); i++) {
            int kind = "~*".indexOf(marked.charAt(i));
            if (kind < 0) {
                continue;
            }
            int outside = open[kind] ? i + 1 : i - 1;
            assertThat(outside < 0 || outside == marked.length() || !SlackDiff.inWord(marked.charAt(outside)))
                    .as("mark %d in %s", i, marked)
                    .isTrue();
            assertThat(marked.substring(i))
                    .as("marks side by side in %s", marked)
                    .doesNotStartWith("~*");
            open[kind] = !open[kind];
        }
    }

    @Provide
    Arbitrary<String> sentences() {
        return Arbitraries.of("the", "canary", "gates", " ", ",", ".", "!", "SLOs", "it", "部署", "金丝雀", "，", "\n")
                .list()
                .ofMaxSize(20)
                .map(words -> String.join("", words));
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
