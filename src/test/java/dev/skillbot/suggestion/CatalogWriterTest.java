package dev.skillbot.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.testing.FixtureCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
        String old =
                "Ties canary gates to SLOs: a rollout that burns error budget faster than allowed stops and rolls back on its own.";

        CellRewrite.Outcome result = writer.apply(
                file, new CellEdit("senior", "sre", old, "Designs \"SLO-gated\" rollouts \\ rollbacks.", true, TODAY));

        assertThat(result).isInstanceOf(CellRewrite.Outcome.Rewritten.class);
        List<String> after = Files.readAllLines(file);
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i).startsWith("updated: ")) {
                assertThat(after.get(i)).isEqualTo("updated: 2026-11-26");
            } else if (before.get(i).contains(old)) {
                assertThat(after.get(i))
                        .isEqualTo("      text: \"Designs \\\"SLO-gated\\\" rollouts \\\\ rollbacks.\"");
            } else {
                assertThat(after.get(i)).as("line %d", i + 1).isEqualTo(before.get(i));
            }
        }
    }

    @Test
    void keepsCommentsAndStylesAndMatchesTheGoldenFile() throws IOException {
        Path file = temp.resolve("commented-skill.yml");
        Files.copy(Path.of("src/test/resources/suggestion/commented-skill.yml"), file);

        assertThat(writer.apply(
                        file,
                        new CellEdit(
                                "junior",
                                "devops",
                                "A folded description over two lines.",
                                "Now one line: ok",
                                true,
                                TODAY)))
                .isInstanceOf(CellRewrite.Outcome.Rewritten.class);
        assertThat(writer.apply(
                        file,
                        new CellEdit(
                                "middle",
                                "devops",
                                "Single quoted, with 'quotes' — and ünïcödé 🚀.",
                                "Emoji stays 🚀 fine",
                                false,
                                TODAY)))
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

        CellRewrite.Outcome result =
                writer.apply(file, new CellEdit("junior", "devops", "Some older text", "New", true, TODAY));

        assertThat(result)
                .isInstanceOfSatisfying(
                        CellRewrite.Outcome.Refused.class,
                        refused -> assertThat(refused.problem()).contains("no longer holds the text"));
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void aCellThatAlreadyHoldsTheProposedTextIsNotRewritten() throws IOException {
        Path file = temp.resolve("commented-skill.yml");
        Files.copy(Path.of("src/test/resources/suggestion/commented-skill.yml"), file);

        CellRewrite.Outcome result = writer.apply(
                file, new CellEdit("junior", "devops", "Older", "A folded description over two lines.", false, TODAY));

        assertThat(result).isInstanceOf(CellRewrite.Outcome.AlreadyWritten.class);
    }

    @Test
    void aTranslationOfAPlainCellTurnsItIntoLanguagesKeepingTheDefaultTextsCharacters() throws IOException {
        Path file = temp.resolve("commented-skill.yml");
        Files.copy(Path.of("src/test/resources/suggestion/commented-skill.yml"), file);
        String before = Files.readString(file);

        assertThat(writer.apply(
                        file, chinese("junior", "devops", "A folded description over two lines.", "跨两行的折叠描述。", false)))
                .isInstanceOf(CellRewrite.Outcome.Rewritten.class);

        String expected =
                before.replace("updated: 2025-01-02", "updated: 2026-11-26").replace("""
                      text: >-
                        A folded description
                        over two lines.
                """, """
                      text:
                        en: >-
                          A folded description
                          over two lines.
                        zh-CN: "跨两行的折叠描述。"
                """);
        assertThat(Files.readString(file)).isEqualTo(expected);
        Map<String, Object> text = cellText(Files.readString(file), "junior");
        assertThat(text)
                .containsExactly(
                        Map.entry("en", "A folded description over two lines."), Map.entry("zh-CN", "跨两行的折叠描述。"));
    }

    @Test
    void aCellWrittenOnOneLineIsNotTurnedIntoLanguagesButRefusedWithAHint() throws IOException {
        Path file = temp.resolve("commented-skill.yml");
        Files.copy(Path.of("src/test/resources/suggestion/commented-skill.yml"), file);
        String before = Files.readString(file);

        CellRewrite.Outcome result = writer.apply(
                file, chinese("middle", "devops", "Single quoted, with 'quotes' — and ünïcödé 🚀.", "单引号", true));

        assertThat(result)
                .isInstanceOfSatisfying(
                        CellRewrite.Outcome.Refused.class,
                        refused -> assertThat(refused.problem())
                                .isEqualTo("the cell middle/devops is written on one line ({...}); "
                                        + "write it one key per line to add a zh-CN text"));
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void eachLanguageOfACellIsChangedOnItsOwnLineAndAMissingOneIsAdded() {
        String content = """
                updated: 2025-01-02
                cells:
                  senior:
                    sre:
                      required: true
                      text:
                        en: "Reconciles from Git." # the English
                        zh-CN: "从 Git 调和。"
                  lead:
                    sre:
                      required: true
                      text:
                        en: Leads the reconciliation.  # no Chinese yet
                """;
        CellRewrite.Outcome english = CellRewrite.apply(
                content,
                new CellEdit(
                        "senior",
                        "sre",
                        "Reconciles from Git.",
                        "Reconciles from Git with Flux.",
                        true,
                        TODAY,
                        "en",
                        "en"));
        assertThat(english)
                .isEqualTo(new CellRewrite.Outcome.Rewritten(content.replace("2025-01-02", "2026-11-26")
                        .replace("en: \"Reconciles from Git.\" #", "en: \"Reconciles from Git with Flux.\" #")));

        CellRewrite.Outcome chinese =
                CellRewrite.apply(content, chinese("senior", "sre", "从 Git 调和。", "用 Flux 从 Git 调和。", true));
        assertThat(chinese)
                .isEqualTo(new CellRewrite.Outcome.Rewritten(content.replace("2025-01-02", "2026-11-26")
                        .replace("zh-CN: \"从 Git 调和。\"", "zh-CN: \"用 Flux 从 Git 调和。\"")));

        // The lead cell has no Chinese yet: the suggestion was made against the English shown in its place.
        CellRewrite.Outcome added =
                CellRewrite.apply(content, chinese("lead", "sre", "Leads the reconciliation.", "主导调和工作。", true));
        assertThat(added)
                .isEqualTo(new CellRewrite.Outcome.Rewritten(content.replace("2025-01-02", "2026-11-26")
                        .replace("# no Chinese yet\n", "# no Chinese yet\n        zh-CN: \"主导调和工作。\"\n")));
        assertThat(CellRewrite.apply(content, chinese("lead", "sre", "Something else", "主导调和工作。", true)))
                .isInstanceOf(CellRewrite.Outcome.Refused.class);
        assertThat(CellRewrite.apply(content, chinese("senior", "sre", "whatever", "从 Git 调和。", true)))
                .isInstanceOf(CellRewrite.Outcome.AlreadyWritten.class);
    }

    @Test
    void aBlockTextsCommentOnItsIndicatorLineStaysWhenTheTextBecomesOneLine() {
        String content = """
                updated: 2025-01-02
                cells:
                  senior:
                    sre:
                      required: true
                      text: |- # reviewed with the SRE guild
                        Reconciles from Git.
                """;

        CellRewrite.Outcome result = CellRewrite.apply(
                content, new CellEdit("senior", "sre", "Reconciles from Git.", "Reconciles with Flux.", true, TODAY));

        assertThat(result)
                .isEqualTo(new CellRewrite.Outcome.Rewritten(content.replace("2025-01-02", "2026-11-26")
                        .replace(
                                "|- # reviewed with the SRE guild\n        Reconciles from Git.",
                                "\"Reconciles with Flux.\" # reviewed with the SRE guild")));
    }

    private static CellEdit chinese(String level, String role, String expected, String text, boolean required) {
        return new CellEdit(level, role, expected, text, required, TODAY, "zh-CN", "en");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cellText(String yaml, String level) {
        Map<String, Object> root = new org.yaml.snakeyaml.Yaml().load(yaml);
        Map<String, Object> cells = (Map<String, Object>) root.get("cells");
        return (Map<String, Object>)
                ((Map<String, Object>) ((Map<String, Object>) cells.get(level)).get("devops")).get("text");
    }

    @Test
    void quotedScalarsReadBackAsTheSameText() {
        String tricky = "Tabs\tand \"quotes\", back\\slashes, #hash: colon, 'single', ünïcode 中文 🚀 and \u0007 bell";
        String yaml = "text: " + YamlScalars.doubleQuoted(tricky) + "\n";
        Object value = new org.yaml.snakeyaml.Yaml()
                .<java.util.Map<String, Object>>load(yaml)
                .get("text");
        assertThat(value).isEqualTo(tricky);
    }
}
