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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A load that reads its trees from a snapshot gives exactly the catalog and the problems of a load
 * without one, whatever state the snapshot file is in; a broken or stale one is replaced.
 */
class NodeSnapshotTest {

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
    void aRestartReadsEveryTreeFromTheSnapshotAndLeavesItAsItIs() throws IOException {
        FileTime written = Files.getLastModifiedTime(snapshot);
        Files.setLastModifiedTime(snapshot, FileTime.fromMillis(written.toMillis() - 60_000));
        FileTime before = Files.getLastModifiedTime(snapshot);

        NodeSnapshot nodes = NodeSnapshot.open(snapshot);
        List<Problem> problems = new ArrayList<>();
        for (Path file : CatalogFiles.yamlFiles(dir)) {
            SourceFile source = SourceFile.read(dir, file, problems, true);
            NodeReader reader = new NodeReader(source.name(), problems);
            String parsed = describe(NodeSource.PARSE.parse(source, reader).orElseThrow());
            assertThat(describe(nodes.parse(source, reader).orElseThrow())).isEqualTo(parsed);
        }
        nodes.finish();

        assertThat(nodes.reused()).isEqualTo(CatalogFiles.yamlFiles(dir).size());
        assertThat(problems).isEmpty();
        assertThat(Files.getLastModifiedTime(snapshot)).isEqualTo(before);
        assertSameLoad(new CatalogLoader().snapshotIn(snapshot).load(dir), withoutSnapshot());
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
        assertThat(reusedOnRestart()).isEqualTo(CatalogFiles.yamlFiles(dir).size());
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

    private void assertIgnoredAndRewritten() throws IOException {
        assertSameLoad(new CatalogLoader().snapshotIn(snapshot).load(dir), withoutSnapshot());
        assertThat(reusedOnRestart()).isEqualTo(CatalogFiles.yamlFiles(dir).size());
    }

    /** How many trees the next start would take from the snapshot as it is now. */
    private int reusedOnRestart() throws IOException {
        NodeSnapshot nodes = NodeSnapshot.open(snapshot);
        List<Problem> problems = new ArrayList<>();
        for (Path file : CatalogFiles.yamlFiles(dir)) {
            SourceFile source = SourceFile.read(dir, file, problems, true);
            nodes.parse(source, new NodeReader(source.name(), problems));
        }
        nodes.finish();
        return nodes.reused();
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

    /** Everything the readers look at in a tree: kinds, tags, values and start lines. */
    private static String describe(org.yaml.snakeyaml.nodes.Node node) {
        String head = node.getNodeId() + " " + node.getTag() + " @" + NodeReader.line(node);
        if (node instanceof org.yaml.snakeyaml.nodes.ScalarNode scalar) {
            return head + " " + scalar.getScalarStyle() + " '" + scalar.getValue() + "'";
        }
        if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode sequence) {
            return head + " ["
                    + String.join(
                            ", ",
                            sequence.getValue().stream()
                                    .map(NodeSnapshotTest::describe)
                                    .toList()) + "]";
        }
        return head + " {"
                + String.join(
                        ", ",
                        ((org.yaml.snakeyaml.nodes.MappingNode) node)
                                .getValue().stream()
                                        .map(tuple ->
                                                describe(tuple.getKeyNode()) + ": " + describe(tuple.getValueNode()))
                                        .toList())
                + "}";
    }
}
