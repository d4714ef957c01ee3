package dev.skillbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.testing.FixtureCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of broken catalog is refused with {@code file:line: message}, and every problem is reported. */
class CatalogValidationTest {

    private static final String CANARY = "build-deploy/canary-releases.yml";
    private static final String TRAINS = "delivery/release-trains.yml";

    @TempDir
    Path temp;

    private Path dir;

    @BeforeEach
    void copyFixtureCatalog() {
        dir = FixtureCatalog.copyTo(temp.resolve("catalog"));
    }

    @Test
    void fixtureCopyIsValid() {
        LoadResult result = new CatalogLoader().load(dir);
        assertThat(result.problems()).isEmpty();
        assertThat(result.catalog()).isPresent();
    }

    @Test
    void unknownKeyIsReportedWithFileAndLine() throws IOException {
        List<String> problems =
                loadAfter(CANARY, yaml -> yaml.replace("group: Rollouts", "group: Rollouts\ngrup: typo"));
        assertThat(problems)
                .containsExactly(file(CANARY) + ":7: unknown key 'grup' in a skill file (allowed: "
                        + "id, name, aliases, domain, group, summary, tags, updated, owners, roles, cells)");
    }

    @Test
    void yaml11CoercionsAreCaught() throws IOException {
        List<String> problems = loadAfter(
                CANARY,
                yaml -> yaml.replace("group: Rollouts", "group: no").replaceFirst("required: true", "required: yes"));
        assertThat(problems)
                .anyMatch(p -> p.startsWith(file(CANARY) + ":6: group must be text, found a boolean 'no'")
                        && p.contains("put it in quotes"));
        assertThat(problems)
                .anyMatch(p -> p.startsWith(
                        file(CANARY) + ":20: cell junior/devops required must be written true or false, not 'yes'"));
    }

    @Test
    void octalLookingIdIsANumberNotText() throws IOException {
        List<String> problems = loadAfter(CANARY, yaml -> yaml.replace("id: canary-releases", "id: 0755"));
        assertThat(problems)
                .anyMatch(p -> p.startsWith(file(CANARY) + ":2: skill id must be text, found a number '0755'"));
    }

    @Test
    void unknownLevelAndRoleIdsAreReported() throws IOException {
        List<String> problems = loadAfter(
                CANARY,
                yaml -> yaml.replace(
                                "roles: [devops, infra, platform, sre]",
                                "roles: [devops, infra, platform, sre, wizard]")
                        .replace("  principal:", "  principle:"));
        assertThat(problems).anyMatch(p -> p.equals(file(CANARY) + ":16: unknown role 'wizard' (not in roles.yml)"));
        assertThat(problems)
                .anyMatch(p -> p.startsWith(file(CANARY) + ":")
                        && p.contains("unknown level 'principle' (not in levels.yml)"));
        assertThat(problems).anyMatch(p -> p.contains("cells has no level 'principal'"));
    }

    @Test
    void duplicateSkillIdsAndAliasesAcrossFilesAreReported() throws IOException {
        Path copy = dir.resolve("build-deploy/canary-copy.yml");
        Files.writeString(
                copy,
                Files.readString(dir.resolve(CANARY))
                        .replace("id: canary-releases", "id: canary-copy")
                        .replace("name: Canary Releases", "name: Canary Copy"));
        // files load in path order, so the later file, canary-releases.yml, is the one that clashes
        assertThat(problems())
                .contains(file(CANARY) + ":4: alias 'canary' is already used by skill canary-copy (" + copy + ")");
        Files.writeString(copy, Files.readString(copy).replace("name: Canary Copy", "name: Canary Releases"));
        assertThat(problems())
                .contains(
                        file(CANARY) + ":2: id 'canary-releases' is already used by skill canary-copy (" + copy + ")");
    }

    @Test
    void missingCellsAndEmptyTextAreReported() throws IOException {
        List<String> problems = loadAfter(
                CANARY,
                yaml -> yaml.replaceFirst(
                                "(?s)    sre:\n      required: true\n      text: \"Knows which dashboards show a canary[^\n]*\n",
                                "")
                        .replaceFirst("text: \"Sets up canaries for a service[^\n]*", "text: \"\""));
        assertThat(problems)
                .anyMatch(p -> p.startsWith(file(CANARY) + ":19: missing cell: level 'junior', role 'sre'"));
        assertThat(problems).anyMatch(p -> p.contains("cell middle/devops text must not be empty"));
    }

    @Test
    void everyProblemInEveryFileIsReportedInOneRun() throws IOException {
        edit(CANARY, yaml -> yaml.replace("group: Rollouts", "group: Rollouts\nextra: 1"));
        edit(TRAINS, yaml -> yaml.replaceFirst("required: true", "required: 1"));
        List<String> problems = problems();
        assertThat(problems).anyMatch(p -> p.startsWith(file(CANARY)));
        assertThat(problems).anyMatch(p -> p.startsWith(file(TRAINS)));
    }

    @Test
    void aliasBombIsRefused() throws IOException {
        StringBuilder bomb =
                new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char previous = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(previous);
            bomb.append((", *" + previous).repeat(8)).append("]\n");
        }
        Files.writeString(dir.resolve("build-deploy/bomb.yml"), bomb.toString());
        assertThat(problems())
                .anyMatch(p -> p.startsWith(dir.resolve("build-deploy/bomb.yml") + ":")
                        && (p.contains("aliases") || p.contains("anchors")));
    }

    @Test
    void globalTagsAreRefused() throws IOException {
        List<String> problems = loadAfter(
                CANARY,
                yaml -> yaml.replace(
                        "group: Rollouts",
                        "group: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/x\"]]]]"));
        assertThat(problems)
                .singleElement()
                .asString()
                .startsWith(file(CANARY) + ":6: ")
                .contains("tag is not allowed: tag:yaml.org,2002:javax.script.ScriptEngineManager");
    }

    @Test
    void hugeFilesAreRefusedBeforeParsing() throws IOException {
        Path huge = dir.resolve("build-deploy/huge.yml");
        Files.writeString(huge, "id: huge\nname: \"" + "x".repeat(SafeYaml.MAX_FILE_BYTES) + "\"\n");
        assertThat(problems()).anyMatch(p -> p.startsWith(huge + ": file is too large"));
    }

    @Test
    void truncatedFilesAreReported() throws IOException {
        String yaml = Files.readString(dir.resolve(CANARY));
        Files.writeString(dir.resolve(CANARY), yaml.substring(0, yaml.indexOf("Knows which dashboards show") + 20));
        assertThat(problems()).anyMatch(p -> p.startsWith(file(CANARY) + ":") && p.contains("not valid YAML"));
    }

    @Test
    void tabsForIndentationAreReported() throws IOException {
        List<String> problems = loadAfter(CANARY, yaml -> yaml.replace("  - metric gates", "\t- metric gates"));
        assertThat(problems).containsExactly(file(CANARY) + ":10: a tab is used for indentation; YAML needs spaces");
    }

    @Test
    void tabsForIndentationAreFoundOnTheRightLineWithWindowsLineEnds() throws IOException {
        List<String> problems =
                loadAfter(CANARY, yaml -> yaml.replace("\n", "\r\n").replace("  - metric gates", "  \t- metric gates"));
        assertThat(problems).containsExactly(file(CANARY) + ":10: a tab is used for indentation; YAML needs spaces");
    }

    @Test
    void tabsAfterTheIndentationAreAllowed() throws IOException {
        edit(CANARY, yaml -> yaml.replace("group: Rollouts", "group: Rollouts\t# a tab before a comment is fine"));
        assertThat(new CatalogLoader().load(dir).problems()).isEmpty();
    }

    @Test
    void filesThatAreNotUtf8AreReported() throws IOException {
        Path file = dir.resolve(CANARY);
        byte[] yaml = Files.readAllBytes(file);
        byte[] broken = java.util.Arrays.copyOf(yaml, yaml.length + 2);
        broken[yaml.length] = (byte) 0xC3; // a two-byte sequence cut short
        broken[yaml.length + 1] = (byte) '\n';
        Files.write(file, broken);
        assertThat(problems()).containsExactly(file(CANARY) + ": not UTF-8 text");
    }

    @Test
    void theReplacementCharacterWrittenOnPurposeIsText() throws IOException {
        edit(CANARY, yaml -> yaml.replace("group: Rollouts", "group: Rollouts \uFFFD"));
        LoadResult result = new CatalogLoader().load(dir);
        assertThat(result.problems()).isEmpty();
        assertThat(result.catalog()
                        .orElseThrow()
                        .skill("canary-releases")
                        .orElseThrow()
                        .group())
                .isEqualTo("Rollouts \uFFFD");
    }

    @Test
    void duplicateKeysAreReported() throws IOException {
        List<String> problems =
                loadAfter(CANARY, yaml -> yaml.replace("group: Rollouts", "group: Rollouts\ngroup: Again"));
        assertThat(problems).containsExactly(file(CANARY) + ":7: duplicate key 'group' in a skill file");
    }

    @Test
    void skillFileMustSitInItsDomainFolderUnderItsOwnName() throws IOException {
        Files.move(dir.resolve(CANARY), dir.resolve("delivery/canary.yml"));
        List<String> problems = problems();
        assertThat(problems).anyMatch(p -> p.contains("must match the file name 'canary'"));
        assertThat(problems).anyMatch(p -> p.contains("must be in the folder 'build-deploy'"));
    }

    @Test
    void missingDirectoryIsAClearProblem() {
        LoadResult result = new CatalogLoader().load(temp.resolve("nowhere"));
        assertThat(result.problems()).singleElement().asString().endsWith("nowhere: no such directory");
    }

    private List<String> loadAfter(String relative, UnaryOperator<String> change) throws IOException {
        edit(relative, change);
        return problems();
    }

    private void edit(String relative, UnaryOperator<String> change) throws IOException {
        Path file = dir.resolve(relative);
        String before = Files.readString(file, StandardCharsets.UTF_8);
        String after = change.apply(before);
        assertThat(after).as("the test's edit must change the file").isNotEqualTo(before);
        Files.writeString(file, after, StandardCharsets.UTF_8);
    }

    private List<String> problems() {
        LoadResult result = new CatalogLoader().load(dir);
        assertThat(result.catalog()).isEmpty();
        return result.problems().stream().map(Problem::toString).toList();
    }

    private String file(String relative) {
        return dir.resolve(relative).toString();
    }
}
