package dev.skillbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.testing.FixtureCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Texts in the plain form and as block maps of languages: loaded, checked against the configured languages, listed when missing. */
class LocalizedCatalogTest {

    private static final String GITOPS = "build-deploy/gitops-practices.yml";

    @TempDir
    Path temp;

    private Path dir;

    @BeforeEach
    void copyBilingualCatalog() {
        dir = FixtureCatalog.copyBilingualTo(temp.resolve("catalog"));
    }

    @Test
    void bothFormsLoadAndTheOldAccessorsAnswerInTheDefaultLanguage() {
        Catalog catalog = FixtureCatalog.bilingual("r");
        Skill gitops = catalog.skill(FixtureCatalog.GITOPS).orElseThrow();
        assertThat(gitops.name()).isEqualTo("GitOps Practices");
        assertThat(gitops.summary()).startsWith("Running infrastructure");
        assertThat(gitops.tags()).containsExactly("Git as source of truth", "pull-based deployment");
        assertThat(gitops.localizedName().in("zh-CN")).isEqualTo(new Localized.Shown("GitOps 实践", false));
        assertThat(gitops.localizedTags().get(1).in("zh-CN").text()).isEqualTo("拉取式部署");
        Level senior = catalog.level("senior").orElseThrow();
        Expectation cell = gitops.expectation(senior, "sre").orElseThrow();
        assertThat(cell.text()).isEqualTo("Senior sre reconciles clusters from Git with Argo CD.");
        assertThat(cell.content().in("zh-CN")).isEqualTo(new Localized.Shown("高级 sre 使用 Argo CD 从 Git 调和集群状态。", false));

        Expectation plain = gitops.expectation(catalog.level("principal").orElseThrow(), "sre")
                .orElseThrow();
        assertThat(plain.content().in("zh-CN"))
                .isEqualTo(new Localized.Shown("Principal sre reconciles clusters from Git with Argo CD.", true));
        assertThat(plain.content().in("en").fellBack()).isFalse();
        Skill blueGreen = catalog.skill(FixtureCatalog.BLUE_GREEN).orElseThrow();
        assertThat(blueGreen.localizedName().in("zh-CN"))
                .isEqualTo(new Localized.Shown("Blue-Green Deployments", true));
    }

    @Test
    void aLanguageOutsideTheConfiguredSetIsRefusedWithItsLine() throws IOException {
        edit(
                GITOPS,
                yaml -> yaml.replace("  zh-CN: GitOps 实践", "  zh-cn: GitOps 实践")
                        .replace("  en: GitOps\n", "  en: GitOps\n  fr: GitOps\n"));
        List<String> problems = new CatalogLoader()
                .load(dir).problems().stream().map(Problem::toString).toList();
        assertThat(problems)
                .containsExactly(
                        file(GITOPS) + ":4: unknown language 'zh-cn' in name (the catalog's languages: en, zh-CN)",
                        file(GITOPS) + ":9: unknown language 'fr' in group (the catalog's languages: en, zh-CN)");
    }

    @Test
    void theConfiguredSetDecidesWhichLanguagesAreValid() {
        CatalogLocales englishOnly = new CatalogLocales("en", List.of("en"));
        LoadResult result = new CatalogLoader(UnaryOperator.identity(), englishOnly, TranslationCheck.NONE).load(dir);
        assertThat(result.valid()).isFalse();
        assertThat(result.problems())
                .first()
                .hasToString(file(GITOPS) + ":4: unknown language 'zh-CN' in name (the catalog's languages: en)");
    }

    @Test
    void aMapWithoutTheDefaultLanguageIsRefused() throws IOException {
        edit(
                GITOPS,
                yaml -> yaml.replace(
                        "  en: Running infrastructure and deployments from Git, reconciled by pull-based agents.\n",
                        ""));
        assertThat(new CatalogLoader().load(dir).problems())
                .extracting(Problem::toString)
                .containsExactly(file(GITOPS) + ":11: summary has no text in the default language 'en'");
    }

    @Test
    void missingListsEveryTextWithoutTheTranslationAndStillLoads() {
        LoadResult result = new CatalogLoader(
                        UnaryOperator.identity(), CatalogLocales.DEFAULT, TranslationCheck.missing("zh-CN"))
                .load(dir);
        assertThat(result.valid()).isTrue();
        List<String> missing = result.missing().stream().map(Problem::toString).toList();
        assertThat(missing).contains(file(GITOPS) + ":74: cell principal/sre text has no zh-CN translation");
        String blueGreen = file("build-deploy/blue-green.yml");
        assertThat(missing)
                .contains(
                        blueGreen + ":2: name has no zh-CN translation",
                        blueGreen + ":5: group has no zh-CN translation",
                        blueGreen + ":6: summary has no zh-CN translation",
                        blueGreen + ":7: each entry of tags has no zh-CN translation");
        // blue-green: name, group, summary, two tags, ten cells; gitops: one cell
        assertThat(missing).hasSize(5 + 10 + 1);
        assertThat(new CatalogLoader().load(dir).missing()).isEmpty();
    }

    @Test
    void strictMakesMissingTranslationsErrors() {
        LoadResult result = new CatalogLoader(
                        UnaryOperator.identity(),
                        CatalogLocales.DEFAULT,
                        TranslationCheck.strict(CatalogLocales.DEFAULT))
                .load(dir);
        assertThat(result.valid()).isFalse();
        assertThat(result.problems())
                .hasSize(16)
                .extracting(Problem::toString)
                .contains(file(GITOPS) + ":74: cell principal/sre text has no zh-CN translation");
        assertThat(TranslationCheck.strict(CatalogLocales.DEFAULT).locales()).isEqualTo(Set.of("zh-CN"));
    }

    @Test
    void aTranslatedNameIsClaimedLikeAnyName() throws IOException {
        edit(
                "build-deploy/blue-green.yml",
                yaml -> yaml.replace(
                        "name: Blue-Green Deployments", "name:\n  en: Blue-Green Deployments\n  zh-CN: GitOps 实践"));
        assertThat(new CatalogLoader().load(dir).problems())
                .extracting(Problem::toString)
                .anyMatch(problem -> problem.contains("name 'GitOps 实践' is already used by skill"));
    }

    @Test
    void everyVariantOfACellKeepsTheLengthLimit() throws IOException {
        String longText = "长".repeat(SkillFileReader.MAX_TEXT + 1);
        edit(GITOPS, yaml -> yaml.replace("zh-CN: \"高级 sre 使用 Argo CD 从 Git 调和集群状态。\"", "zh-CN: \"" + longText + "\""));
        assertThat(new CatalogLoader().load(dir).problems())
                .extracting(Problem::toString)
                .anyMatch(problem ->
                        problem.contains("cell senior/sre text (zh-CN) is 10001 characters; the limit is 10000"));
    }

    private void edit(String relative, UnaryOperator<String> change) throws IOException {
        Path file = dir.resolve(relative);
        String before = Files.readString(file);
        String after = change.apply(before);
        assertThat(after).as("the edit must change the file").isNotEqualTo(before);
        Files.writeString(file, after);
    }

    private String file(String relative) {
        return dir.resolve(relative).toString();
    }
}
