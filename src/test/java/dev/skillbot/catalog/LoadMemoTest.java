package dev.skillbot.catalog;

import static dev.skillbot.catalog.OutcomeSnapshotTest.assertSameLoad;
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

/**
 * A loader reuses its previous load's outcome of every unchanged skill file, and the result is
 * always the one a new loader would give: after an edit, after a change of the definitions, with
 * problems and with missing translations.
 */
class LoadMemoTest {

    private static final String CANARY = "build-deploy/canary-releases.yml";

    @TempDir
    Path temp;

    private Path dir;
    private CatalogLoader loader;

    @BeforeEach
    void copyFixture() {
        dir = FixtureCatalog.copyTo(temp.resolve("catalog"));
        loader = new CatalogLoader();
    }

    @Test
    void anUnchangedFileIsNotReadAgain() {
        Catalog first = loader.load(dir).catalog().orElseThrow();
        LoadResult again = loader.load(dir);

        assertSameLoad(again, new CatalogLoader().load(dir));
        Catalog second = again.catalog().orElseThrow();
        for (int i = 0; i < first.skills().size(); i++) {
            assertThat(second.skills().get(i)).isSameAs(first.skills().get(i));
        }
    }

    @Test
    void anEditedFileIsReadAgainAndTheOthersAreNot() throws IOException {
        Catalog first = loader.load(dir).catalog().orElseThrow();
        edit(CANARY, yaml -> yaml.replace("group: Rollouts", "group: Progressive delivery"));

        LoadResult again = loader.load(dir);

        assertSameLoad(again, new CatalogLoader().load(dir));
        Catalog second = again.catalog().orElseThrow();
        assertThat(second.revision()).isNotEqualTo(first.revision());
        assertThat(second.skill(FixtureCatalog.CANARY_RELEASES).orElseThrow().group())
                .isEqualTo("Progressive delivery");
        assertThat(second.skill(FixtureCatalog.LOAD_TESTING).orElseThrow())
                .isSameAs(first.skill(FixtureCatalog.LOAD_TESTING).orElseThrow());
    }

    @Test
    void aChangeOfTheDefinitionsReadsEverySkillFileAgain() throws IOException {
        Catalog first = loader.load(dir).catalog().orElseThrow();
        edit("domains.yml", yaml -> yaml.replace("id: delivery", "id: shipping"));

        LoadResult again = loader.load(dir);

        assertSameLoad(again, new CatalogLoader().load(dir));
        assertThat(again.problems()).anyMatch(problem -> problem.message().contains("unknown domain 'delivery'"));
        edit("domains.yml", yaml -> yaml.replace("id: shipping", "id: delivery"));
        Catalog restored = loader.load(dir).catalog().orElseThrow();
        assertThat(restored.revision()).isEqualTo(first.revision());
        assertThat(restored.skill(FixtureCatalog.LOAD_TESTING).orElseThrow())
                .isNotSameAs(first.skill(FixtureCatalog.LOAD_TESTING).orElseThrow());
    }

    @Test
    void theProblemsOfAnUnchangedFileAreReportedAgain() throws IOException {
        edit(CANARY, yaml -> yaml.replace("group: Rollouts", "group: no\ngrup: typo"));

        List<Problem> first = loader.load(dir).problems();
        LoadResult again = loader.load(dir);

        assertThat(first).hasSize(2);
        assertThat(again.problems()).isEqualTo(first);
        assertSameLoad(again, new CatalogLoader().load(dir));
    }

    @Test
    void theMissingTranslationsOfAnUnchangedFileAreReportedAgain() {
        CatalogLoader checking =
                new CatalogLoader(UnaryOperator.identity(), CatalogLocales.DEFAULT, TranslationCheck.missing("zh-CN"));
        LoadResult first = checking.load(FixtureCatalog.BILINGUAL_DIR);
        LoadResult again = checking.load(FixtureCatalog.BILINGUAL_DIR);

        assertThat(first.missing()).isNotEmpty();
        assertThat(again.missing()).isEqualTo(first.missing());
        assertThat(again.catalog().orElseThrow().revision())
                .isEqualTo(first.catalog().orElseThrow().revision());
    }

    @Test
    void strictMissingTranslationsStayProblemsOnTheNextLoad() {
        CatalogLoader strict = new CatalogLoader(
                UnaryOperator.identity(), CatalogLocales.DEFAULT, TranslationCheck.strict(CatalogLocales.DEFAULT));
        LoadResult first = strict.load(FixtureCatalog.BILINGUAL_DIR);
        LoadResult again = strict.load(FixtureCatalog.BILINGUAL_DIR);

        assertThat(first.valid()).isFalse();
        assertThat(again.problems()).isEqualTo(first.problems()).isNotEmpty();
        assertThat(again.missing()).isEmpty();
    }

    private void edit(String file, UnaryOperator<String> change) throws IOException {
        Path path = dir.resolve(file);
        Files.writeString(path, change.apply(Files.readString(path, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}
