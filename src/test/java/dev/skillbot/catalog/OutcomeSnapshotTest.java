package dev.skillbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.testing.FixtureCatalog;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A load that takes outcomes from a snapshot gives exactly the catalog, the problems and the missing
 * translations of a load without one, whatever state the snapshot file is in; a broken or stale one
 * is replaced.
 */
class OutcomeSnapshotTest {

    private static final String CANARY = "build-deploy/canary-releases.yml";

    @TempDir
    Path temp;

    private Path dir;
    private Path snapshot;

    @BeforeEach
    void copyFixtureAndWriteSnapshot() {
        dir = FixtureCatalog.copyTo(temp.resolve("catalog"));
        snapshot = temp.resolve("data").resolve("catalog-snapshot.bin");
        assertSameLoad(new CatalogLoader().snapshotIn(snapshot).load(dir), withoutSnapshot());
        assertThat(snapshot).isRegularFile();
    }

    @Test
    void aRestartTakesEverySkillFileFromTheSnapshotAndLeavesItAsItIs() throws IOException {
        FileTime written = Files.getLastModifiedTime(snapshot);
        Files.setLastModifiedTime(snapshot, FileTime.fromMillis(written.toMillis() - 60_000));
        FileTime before = Files.getLastModifiedTime(snapshot);

        CatalogLoader restarted = new CatalogLoader().snapshotIn(snapshot);
        assertSameLoad(restarted.load(dir), withoutSnapshot());

        assertThat(restarted.reusedFromSnapshot()).isEqualTo(skillFiles());
        assertThat(Files.getLastModifiedTime(snapshot)).isEqualTo(before);
    }

    /** The image's build writes it as root; the server, another user, must be able to read it. */
    @Test
    void theSnapshotIsReadableByEveryUser() throws IOException {
        Assumptions.assumeTrue(
                snapshot.getFileSystem().supportedFileAttributeViews().contains("posix"));

        assertThat(Files.getPosixFilePermissions(snapshot))
                .contains(PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_READ)
                .doesNotContain(PosixFilePermission.OTHERS_WRITE, PosixFilePermission.GROUP_WRITE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"first", "version", "middle", "last"})
    void oneByteFlippedAnywhereIsIgnoredAndRewritten(String where) throws IOException {
        byte[] bytes = Files.readAllBytes(snapshot);
        int at = switch (where) {
            case "first" -> 0;
            case "version" -> SnapshotFormat.MAGIC.length + 3;
            case "middle" -> bytes.length / 2;
            default -> bytes.length - 1;
        };
        bytes[at] ^= 0x20;
        Files.write(snapshot, bytes);

        assertIgnoredAndRewritten();
    }

    @Test
    void aTruncatedSnapshotIsIgnoredAndRewritten() throws IOException {
        byte[] bytes = Files.readAllBytes(snapshot);
        Files.write(snapshot, Arrays.copyOf(bytes, bytes.length / 2));

        assertIgnoredAndRewritten();
    }

    @Test
    void anEmptySnapshotIsIgnoredAndRewritten() throws IOException {
        Files.write(snapshot, new byte[0]);

        assertIgnoredAndRewritten();
    }

    @Test
    void aSnapshotOfAnotherFormatVersionIsIgnoredAndRewritten() throws IOException {
        byte[] bytes = Files.readAllBytes(snapshot);
        ByteBuffer.wrap(bytes).putInt(SnapshotFormat.MAGIC.length, SnapshotFormat.VERSION + 1);
        Files.write(snapshot, bytes);

        assertIgnoredAndRewritten();
    }

    @Test
    void aFileEditedSinceIsParsedAgain() throws IOException {
        edit(CANARY, yaml -> yaml.replace("group: Rollouts", "group: Progressive delivery"));

        LoadResult restarted = new CatalogLoader().snapshotIn(snapshot).load(dir);

        assertSameLoad(restarted, withoutSnapshot());
        assertThat(restarted
                        .catalog()
                        .orElseThrow()
                        .skill(FixtureCatalog.CANARY_RELEASES)
                        .orElseThrow()
                        .group())
                .isEqualTo("Progressive delivery");
        assertThat(reusedOnRestart()).isEqualTo(skillFiles());
    }

    @Test
    void aFileEditedIntoAProblemReportsTheSameProblemsAsWithoutTheSnapshot() throws IOException {
        edit(CANARY, yaml -> yaml.replace("group: Rollouts", "group: no\ngrup: typo"));

        LoadResult restarted = new CatalogLoader().snapshotIn(snapshot).load(dir);

        assertThat(restarted.problems()).hasSize(2);
        assertSameLoad(restarted, withoutSnapshot());
    }

    @Test
    void aFileThatIsNotYamlIsReportedAsWithoutTheSnapshot() throws IOException {
        edit(CANARY, yaml -> yaml + "\n  - [unclosed\n");

        assertSameLoad(new CatalogLoader().snapshotIn(snapshot).load(dir), withoutSnapshot());
        assertThat(withoutSnapshot().problems()).singleElement().asString().contains("not valid YAML");
    }

    @Test
    void aSnapshotInsideTheCatalogIsNeverReadNorWritten() {
        Path inside = dir.resolve("catalog-snapshot.bin");

        assertSameLoad(new CatalogLoader().snapshotIn(inside).load(dir), withoutSnapshot());

        assertThat(inside).doesNotExist();
    }

    @Test
    void aSnapshotThatCannotBeWrittenLeavesTheLoadAsItIs() throws IOException {
        Path notAFolder = Files.writeString(temp.resolve("file"), "x");

        assertSameLoad(
                new CatalogLoader()
                        .snapshotIn(notAFolder.resolve("catalog-snapshot.bin"))
                        .load(dir),
                withoutSnapshot());
    }

    @Test
    void aSnapshotOfAnotherFormatVersionWithAValidChecksumIsIgnoredAndRewritten() throws IOException {
        byte[] bytes = Files.readAllBytes(snapshot);
        ByteBuffer.wrap(bytes).putInt(SnapshotFormat.MAGIC.length, SnapshotFormat.VERSION + 1);
        Files.write(snapshot, withChecksum(bytes));

        assertIgnoredAndRewritten();
    }

    @Test
    void aSnapshotWrittenByAnotherBuildIsIgnoredAndRewritten() throws IOException {
        byte[] bytes = Files.readAllBytes(snapshot);
        byte[] build = ("build " + BuildInfo.identity()).getBytes(StandardCharsets.UTF_8);
        int at = indexOf(bytes, build);
        assertThat(at).as("the snapshot names the build that wrote it").isPositive();
        bytes[at + build.length - 1] ^= 1; // another build time or version, same length
        Files.write(snapshot, withChecksum(bytes));

        assertIgnoredAndRewritten();
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aBrokenOutcomeWithAValidChecksumIsReadFromItsFileInstead() throws IOException {
        byte[] bytes = Files.readAllBytes(snapshot);
        int indexStart = bytes.length - 2 * Integer.BYTES - skillFiles() * SnapshotFormat.INDEX_RECORD;
        ByteBuffer index = ByteBuffer.wrap(bytes);
        int outcome = index.getInt(indexStart + SnapshotFormat.HASH_BYTES);
        int length = index.getInt(indexStart + SnapshotFormat.HASH_BYTES + Integer.BYTES);
        Arrays.fill(bytes, outcome, outcome + length, (byte) 0xFF);
        Files.write(snapshot, withChecksum(bytes));

        CatalogLoader restarted = new CatalogLoader().snapshotIn(snapshot);
        assertSameLoad(restarted.load(dir), withoutSnapshot());

        assertThat(restarted.reusedFromSnapshot()).isEqualTo(skillFiles() - 1);
        assertThat(reusedOnRestart()).isEqualTo(skillFiles());
    }

    @Test
    void aChangeOfTheDefinitionsMakesTheWholeSnapshotStale() throws IOException {
        edit("domains.yml", yaml -> yaml.replace("en: Delivery", "en: Shipping"));

        CatalogLoader restarted = new CatalogLoader().snapshotIn(snapshot);
        LoadResult result = restarted.load(dir);

        assertSameLoad(result, withoutSnapshot());
        assertThat(result.catalog().orElseThrow().domains().get(0).name("en")).isEqualTo("Shipping");
        assertThat(restarted.reusedFromSnapshot()).isZero();
        assertThat(reusedOnRestart()).isEqualTo(skillFiles());
    }

    @Test
    void definitionsWithAProblemAreReadAgainOnEveryStart() throws IOException {
        edit("roles.yml", yaml -> yaml.replace("short: DevOps", "short: DevOps\n    colour: blue"));
        LoadResult first = new CatalogLoader().snapshotIn(snapshot).load(dir);

        CatalogLoader restarted = new CatalogLoader().snapshotIn(snapshot);
        LoadResult again = restarted.load(dir);

        assertThat(first.problems()).singleElement().asString().contains("colour");
        assertSameLoad(again, first);
        assertSameLoad(again, withoutSnapshot());
        assertThat(restarted.reusedFromSnapshot()).isEqualTo(skillFiles());
    }

    @Test
    void anotherTranslationCheckDoesNotUseOutcomesReadWithoutIt() throws IOException {
        CatalogLoader checking = new CatalogLoader(
                        UnaryOperator.identity(), CatalogLocales.DEFAULT, TranslationCheck.missing("zh-CN"))
                .snapshotIn(snapshot);
        LoadResult result = checking.load(dir);

        assertThat(result.missing()).isNotEmpty();
        assertSameLoad(
                result,
                new CatalogLoader(UnaryOperator.identity(), CatalogLocales.DEFAULT, TranslationCheck.missing("zh-CN"))
                        .load(dir));
        assertThat(checking.reusedFromSnapshot()).isZero();
    }

    @Test
    void aCatalogMovedElsewhereTakesItsOutcomesUnderItsNewPaths() throws IOException {
        Path moved = FixtureCatalog.copyTo(temp.resolve("moved"));

        CatalogLoader restarted = new CatalogLoader().snapshotIn(snapshot);
        LoadResult result = restarted.load(moved);

        assertSameLoad(result, new CatalogLoader().load(moved));
        assertThat(result.catalog().orElseThrow().skills())
                .allSatisfy(skill -> assertThat(skill.sourceFile()).startsWith(moved.toString()));
        assertThat(restarted.reusedFromSnapshot()).isEqualTo(skillFiles());
    }

    @Test
    void twoFilesWithTheSameBytesEachReportTheirOwnProblems() throws IOException {
        Files.copy(dir.resolve(CANARY), dir.resolve("operations/canary-releases.yml"));
        LoadResult first = new CatalogLoader().snapshotIn(snapshot).load(dir);

        LoadResult restarted = new CatalogLoader().snapshotIn(snapshot).load(dir);

        assertThat(first.problems()).anyMatch(problem -> problem.file().contains("operations"));
        assertSameLoad(restarted, first);
        assertSameLoad(restarted, withoutSnapshot());
    }

    private static byte[] withChecksum(byte[] bytes) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes, 0, bytes.length - Integer.BYTES);
        ByteBuffer.wrap(bytes).putInt(bytes.length - Integer.BYTES, (int) crc.getValue());
        return bytes;
    }

    private void assertIgnoredAndRewritten() throws IOException {
        assertSameLoad(new CatalogLoader().snapshotIn(snapshot).load(dir), withoutSnapshot());
        assertThat(reusedOnRestart()).isEqualTo(skillFiles());
    }

    /** How many outcomes the next start takes from the snapshot as it is now (and then writes it if it was stale). */
    private int reusedOnRestart() {
        CatalogLoader restarted = new CatalogLoader().snapshotIn(snapshot);
        restarted.load(dir);
        return restarted.reusedFromSnapshot();
    }

    private int skillFiles() throws IOException {
        return CatalogFiles.yamlFiles(dir).size() - 3;
    }

    private LoadResult withoutSnapshot() {
        return new CatalogLoader().load(dir);
    }

    private void edit(String file, UnaryOperator<String> change) throws IOException {
        Path path = dir.resolve(file);
        Files.writeString(path, change.apply(Files.readString(path, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    static void assertSameLoad(LoadResult actual, LoadResult expected) {
        assertThat(actual.problems()).isEqualTo(expected.problems());
        assertThat(actual.missing()).isEqualTo(expected.missing());
        assertThat(actual.valid()).isEqualTo(expected.valid());
        if (expected.valid()) {
            Catalog catalog = actual.catalog().orElseThrow();
            Catalog wanted = expected.catalog().orElseThrow();
            assertThat(catalog.revision()).isEqualTo(wanted.revision());
            assertThat(catalog.skills()).isEqualTo(wanted.skills());
            assertThat(catalog.levels()).isEqualTo(wanted.levels());
            assertThat(catalog.roles()).isEqualTo(wanted.roles());
            assertThat(catalog.domains()).isEqualTo(wanted.domains());
        }
    }
}
