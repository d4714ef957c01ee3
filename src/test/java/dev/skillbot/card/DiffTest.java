package dev.skillbot.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiffTest {

    private final Diff diff = new Diff(
            "Change",
            List.of(
                    new Diff.Segment(Diff.Change.SAME, "Designs "),
                    new Diff.Segment(Diff.Change.REMOVED, "old <b> "),
                    new Diff.Segment(Diff.Change.ADDED, "new "),
                    new Diff.Segment(Diff.Change.SAME, "rollouts.")));

    @Test
    void beforeAndAfterAreTheTwoTexts() {
        assertThat(diff.before()).isEqualTo("Designs old <b> rollouts.");
        assertThat(diff.after()).isEqualTo("Designs new rollouts.");
    }

    @Test
    void markersHugTheWordsAndTextIsEscaped() {
        assertThat(diff.markedUp("~", "*", text -> text.replace("<", "&lt;").replace(">", "&gt;")))
                .isEqualTo("Designs ~old &lt;b&gt;~ *new* rollouts.");
    }

    @Test
    void aChangeOverSeveralLinesIsMarkedLineByLine() {
        Diff lines = new Diff(
                "",
                List.of(
                        new Diff.Segment(Diff.Change.SAME, "Runs "),
                        new Diff.Segment(Diff.Change.ADDED, "canaries\n\nand rollbacks "),
                        new Diff.Segment(Diff.Change.REMOVED, "drills\n")));

        assertThat(lines.markedUp("~", "*", text -> text)).isEqualTo("Runs *canaries*\n\n*and rollbacks* ~drills~\n");
    }
}
