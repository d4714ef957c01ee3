package dev.skillbot.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.testing.FixtureCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Golden tests: an approved edit changes one cell's text, its required flag and {@code updated}, and not one byte more. */
class CatalogWriterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path temp;

    /** Rewrites the file in place, as the writer would after its checks. */
    private static final class InPlace {

        CellRewrite.Outcome apply(Path file, CellEdit edit) throws IOException {
            CellRewrite.Outcome outcome = CellRewrite.apply(Files.readString(file), edit);
            if (outcome instanceof CellRewrite.Outcome.Rewritten rewritten) {
                Files.writeString(file, rewritten.content());
            }
            return outcome;
        }
    }

    private final InPlace writer = new InPlace();

    @Test
    void changesOnlyTheCellAndTheUpdatedDateInASkillOfTheSeedsShape() throws IOException {
        Path dir = FixtureCatalog.copyTo(temp.resolve("c"));
        Path file = dir.resolve("build-deploy/canary-releases.yml");
        List<String> before = Files.readAllLines(file);
        String old = "Ties canary gates to SLOs: a rollout that burns error budget faster than allowed stops and rolls back on its own.";

        CellRewrite.Outcome result = writer.apply(file, new CellEdit("senior", "sre", old, "Designs \"SLO-gated\" rollouts \\ rollbacks.", true, TODAY));

        assertThat(result).isInstanceOf(CellRewrite.Outcome.Rewritten.class);
        List<String> after = Files.readAllLines(file);
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i).startsWith("updated: ")) {
                assertThat(after.get(i)).isEqualTo("updated: 2026-11-26");
            } else if (before.get(i).contains(old)) {
                assertThat(after.get(i)).isEqualTo("      text: \"Designs \\\"SLO-gated\\\" rollouts \\\\ rollbacks.\"");
            } else {
                assertThat(after.get(i)).as("line %d", i + 1).isEqualTo(before.get(i));
            }
        }
    }

    @Test
    void keepsCommentsAndStylesAndMatchesTheGoldenFile() throws IOException {
        Path file = temp.resolve("commented-skill.yml");
        Files.copy(Path.of("src/test/resources/suggestion/commented-skill.yml"), file);

        assertThat(writer.apply(file, new CellEdit("junior", "devops", "A folded description over two lines.", "Now one line: ok", true, TODAY)))
                .isInstanceOf(CellRewrite.Outcome.Rewritten.class);
        assertThat(writer.apply(file, new CellEdit("middle", "devops", "Single quoted, with 'quotes' — and ünïcödé 🚀.", "Emoji stays 🚀 fine", false, TODAY)))
                .isInstanceOf(CellRewrite.Outcome.Rewritten.class);

        assertThat(Files.readString(file)).isEqualTo("""
                # A skill file written by hand, with comments and mixed styles, to prove write-back touches nothing else.
                id: commented-skill   # trailing comment
                name: Commented Skill
                domain: devops-ci-cd
                group: Testing
                tags: [one, two]
                updated: 2026-11-26
                roles: [devops]
                cells:
                  junior:
                    devops:
                      # required first, then text
                      required: true
                      text: "Now one line: ok"
                  middle:
                    devops: {required: false, text: "Emoji stays 🚀 fine"}
                """);
    }

    @Test
    void refusesWhenTheCellNoLongerHoldsTheOldTextAndWritesNothing() throws IOException {
        Path file = temp.resolve("commented-skill.yml");
        Files.copy(Path.of("src/test/resources/suggestion/commented-skill.yml"), file);
        String before = Files.readString(file);

        CellRewrite.Outcome result = writer.apply(file, new CellEdit("junior", "devops", "Some older text", "New", true, TODAY));

        assertThat(result).isInstanceOfSatisfying(CellRewrite.Outcome.Refused.class,
                refused -> assertThat(refused.problem()).contains("no longer holds the text"));
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void aCellThatAlreadyHoldsTheProposedTextIsNotRewritten() throws IOException {
        Path file = temp.resolve("commented-skill.yml");
        Files.copy(Path.of("src/test/resources/suggestion/commented-skill.yml"), file);

        CellRewrite.Outcome result = writer.apply(file, new CellEdit("junior", "devops", "Older", "A folded description over two lines.", false, TODAY));

        assertThat(result).isInstanceOf(CellRewrite.Outcome.AlreadyWritten.class);
    }

    @Test
    void quotedScalarsReadBackAsTheSameText() {
        String tricky = "Tabs\tand \"quotes\", back\\slashes, #hash: colon, 'single', ünïcode 中文 🚀 and \u0007 bell";
        String yaml = "text: " + YamlScalars.doubleQuoted(tricky) + "\n";
        Object value = new org.yaml.snakeyaml.Yaml().<java.util.Map<String, Object>>load(yaml).get("text");
        assertThat(value).isEqualTo(tricky);
    }
}
