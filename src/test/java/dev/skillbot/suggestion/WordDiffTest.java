package dev.skillbot.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Diff;
import dev.skillbot.card.Diff.Change;
import dev.skillbot.card.Diff.Segment;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void aSmallEditKeepsTheWordsAroundItUnmarked() {
        List<Segment> segments = WordDiff.diff(
                "Ties canary gates to SLOs and rolls back on its own.",
                "Ties canary gates to SLOs, and rolls back on its own & pages the owner.");

        assertThat(marked(segments))
                .isEqualTo("Ties canary gates to SLOs[+,+] and rolls back on its own[+ & pages the owner+].");
    }

    @Test
    void aRewrittenSentenceReadsAsTheOldWordsThenTheNewOnesNotWordByWord() {
        List<Segment> segments = WordDiff.diff(
                "Ties canary gates to SLOs: a rollout that burns error budget stops on its own.",
                "Reviews failed rollouts across teams and turns what they teach into better default gates.");

        assertThat(segments).extracting(Segment::change).containsExactly(Change.REMOVED, Change.ADDED, Change.SAME);
        assertThat(marked(segments))
                .isEqualTo(
                        "[-Ties canary gates to SLOs: a rollout that burns error budget stops on its own-]"
                                + "[+Reviews failed rollouts across teams and turns what they teach into better default gates+].");
    }

    @Test
    void aWordKeptBetweenTwoLongerChangesIsFoldedIntoThem() {
        List<Segment> segments =
                WordDiff.diff("Designs the canary analysis plan", "Standardises the traffic management plan");

        assertThat(marked(segments))
                .isEqualTo("[-Designs the canary analysis-][+Standardises the traffic management+] plan");
    }

    @Test
    void identicalTextsAreOneUnchangedSegment() {
        assertThat(WordDiff.diff("Runs k6 load tests.", "Runs k6 load tests."))
                .containsExactly(new Segment(Change.SAME, "Runs k6 load tests."));
    }

    @Property(tries = 2000)
    void beforeAndAfterAreTheTwoTextsExactly(@ForAll("sentences") String before, @ForAll("sentences") String after) {
        Diff diff = new Diff("change", WordDiff.diff(before, after));

        assertThat(diff.before()).isEqualTo(before);
        assertThat(diff.after()).isEqualTo(after);
    }

    @Provide
    Arbitrary<String> sentences() {
        return Arbitraries.of("the", "canary", "gates", " ", "  ", ",", ":", "SLOs", "rolls", "back", "部署", "金丝雀", "\n")
                .list()
                .ofMaxSize(25)
                .map(words -> String.join("", words));
    }

    private static String marked(List<Segment> segments) {
        StringBuilder text = new StringBuilder();
        for (Segment segment : segments) {
            switch (segment.change()) {
                case SAME -> text.append(segment.text());
                case REMOVED -> text.append("[-").append(segment.text()).append("-]");
                case ADDED -> text.append("[+").append(segment.text()).append("+]");
            }
        }
        return text.toString();
    }
}
