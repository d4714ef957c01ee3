package dev.skillbot.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.testing.FixtureCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer never leaves the catalog invalid, half-written or out of step with its history. */
class CatalogWriterSafetyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path temp;

    Path dir;
    Path file;
    CatalogReloader catalogs;

    @BeforeEach
    void setUp() {
        dir = FixtureCatalog.copyTo(temp.resolve("catalog"));
        file = dir.resolve("delivery/release-trains.yml");
        catalogs = new CatalogReloader(
                        dir, new CatalogLoader(), Duration.ofHours(1), Duration.ofHours(1), Clock.systemUTC())
                .start();
    }

    @AfterEach
    void tearDown() {
        catalogs.close();
    }

    @Test
    void anEditTheLoaderWouldRefuseIsNotWritten() throws Exception {
        String before = Files.readString(file);
        CatalogWriter writer = new CatalogWriter(catalogs, CatalogHistory.NONE, CatalogWriter.WriteSteps.NONE);

        CatalogWriter.Result result = writer.write(proposal("x".repeat(10_001)), TODAY);

        assertThat(result.written()).isFalse();
        assertThat(result.problem()).contains("would make release-trains.yml invalid");
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFailedCommitTakesTheChangeBack() throws Exception {
        String before = Files.readString(file);
        CatalogHistory broken =
                (changed, author, message) -> CatalogHistory.Outcome.failed("", "could not commit: index locked");
        CatalogWriter writer = new CatalogWriter(catalogs, broken, CatalogWriter.WriteSteps.NONE);

        CatalogWriter.Result result = writer.write(proposal("Senior sre plans the trains."), TODAY);

        assertThat(result.written()).isFalse();
        assertThat(result.problem()).contains("index locked");
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFailureWhileWritingLeavesNoTemporaryFile() throws Exception {
        String before = Files.readString(file);
        CatalogWriter writer = new CatalogWriter(catalogs, CatalogHistory.NONE, (step, id) -> {
            if (step == CatalogWriter.Step.TEMP_WRITTEN) {
                throw new IllegalStateException("disk full");
            }
        });

        try {
            writer.write(proposal("Senior sre plans the trains."), TODAY);
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("disk full");
        }

        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void leftoversOfACrashAreSweptAndHiddenFoldersAreNotEntered() throws Exception {
        Path stray = dir.resolve("delivery/.release-trains.yml.12345678" + TemporaryFiles.SUFFIX);
        Path hidden = Files.createDirectories(dir.resolve(".git/objects")).resolve(".pack" + TemporaryFiles.SUFFIX);
        Files.writeString(stray, "half");
        Files.writeString(hidden, "not ours");

        assertThat(TemporaryFiles.sweep(dir)).containsExactly(stray);
        assertThat(hidden).exists();
    }

    private Proposal proposal(String text) {
        String old = FixtureCatalog.text(FixtureCatalog.RELEASE_TRAINS, "senior", "sre");
        return new Proposal(
                1,
                FixtureCatalog.RELEASE_TRAINS,
                "senior",
                "sre",
                old,
                text,
                true,
                true,
                "",
                WriterRig.author("U_A"),
                "rev",
                ProposalStatus.APPROVING,
                Instant.EPOCH,
                Instant.EPOCH,
                new Proposal.Verdict("Rita", null, ""),
                null,
                null);
    }

    private java.util.List<Path> leftovers() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(path -> path.getFileName().toString().endsWith(TemporaryFiles.SUFFIX))
                    .toList();
        }
    }
}
