package dev.skillbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skillbot.testing.FixtureCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Walking a catalog never enters hidden folders and shrugs off files that come and go meanwhile. */
class CatalogFilesTest {

    private static final int ROUNDS = 200;

    @TempDir
    Path temp;

    @Test
    void hiddenFoldersAreNeverEntered() throws IOException {
        Path dir = FixtureCatalog.copyTo(temp.resolve("catalog"));
        String withoutHidden = CatalogFiles.fingerprint(dir);
        Files.createDirectories(dir.resolve(".git/objects"));
        Files.writeString(dir.resolve(".git/objects/broken.yml"), "not: [a skill");
        Files.createDirectories(dir.resolve("build-deploy/.drafts"));
        Files.writeString(dir.resolve("build-deploy/.drafts/draft.yml"), "not: [a skill");

        assertThat(CatalogFiles.yamlFiles(dir)).isNotEmpty().noneMatch(hiddenIn(dir));
        assertThat(CatalogFiles.folders(dir))
                .contains(dir, dir.resolve("build-deploy"))
                .noneMatch(hiddenIn(dir));
        assertThat(CatalogFiles.fingerprint(dir)).isEqualTo(withoutHidden);
        assertThat(new CatalogLoader().load(dir).valid()).isTrue();
    }

    @Test
    void aSkillFileDeletedBetweenListingAndReadingIsLeftOut() throws IOException {
        Path dir = FixtureCatalog.copyTo(temp.resolve("catalog"));
        LoadResult result = loadDeletingAfterListing(dir, "build-deploy/canary-releases.yml");

        assertThat(result.problems()).isEmpty();
        assertThat(result.catalog().orElseThrow().skill("canary-releases")).isEmpty();
        assertThat(result.catalog().orElseThrow().revision())
                .isEqualTo(new CatalogLoader().load(dir).catalog().orElseThrow().revision());
    }

    @Test
    void aDefinitionFileDeletedBetweenListingAndReadingIsStillAProblem() throws IOException {
        LoadResult result = loadDeletingAfterListing(FixtureCatalog.copyTo(temp.resolve("catalog")), "levels.yml");

        assertThat(result.valid()).isFalse();
        assertThat(result.problems())
                .anyMatch(problem -> problem.toString().contains("levels.yml")
                        && problem.toString().contains("missing"));
    }

    @Test
    void filesComingAndGoingBesideTheCatalogNeverBreakALoadOrAStartUp() throws Exception {
        Path dir = FixtureCatalog.copyTo(temp.resolve("catalog"));
        String revision = new CatalogLoader().load(dir).catalog().orElseThrow().revision();
        String fingerprint = CatalogFiles.fingerprint(dir);
        try (Churn churn = Churn.in(dir)) {
            await().until(() -> churn.rounds() > 0);
            long before = churn.rounds();
            for (int round = 0; round < ROUNDS; round++) {
                assertThat(CatalogFiles.fingerprint(dir)).isEqualTo(fingerprint);
                assertThat(CatalogFiles.folders(dir)).noneMatch(hiddenIn(dir));
                if (round % 20 == 0) {
                    assertThat(new CatalogLoader().load(dir).catalog())
                            .hasValueSatisfying(
                                    catalog -> assertThat(catalog.revision()).isEqualTo(revision));
                    new CatalogReloader(
                                    dir,
                                    new CatalogLoader(),
                                    Duration.ofHours(1),
                                    Duration.ofHours(1),
                                    Clock.systemUTC())
                            .start()
                            .close();
                }
            }
            assertThat(churn.rounds()).as("the churn went on meanwhile").isGreaterThan(before);
        }
    }

    private static LoadResult loadDeletingAfterListing(Path dir, String file) throws IOException {
        List<Path> listed = CatalogFiles.yamlFiles(dir);
        Files.delete(dir.resolve(file));
        return new CatalogLoader().load(dir, listed, new ArrayList<>());
    }

    /** Whether a path below {@code dir} is in, or is, a hidden folder. */
    private static Predicate<Path> hiddenIn(Path dir) {
        return path -> {
            for (Path part : dir.relativize(path)) {
                if (part.toString().startsWith(".")) {
                    return true;
                }
            }
            return false;
        };
    }
}
