package dev.skillbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBufferTest {

    @TempDir
    Path dir;

    @Test
    void filesLargerThanTheBufferAndSmallerOnesAfterThemAreReadWholeAndHashed() throws IOException {
        byte[] large = "x: ".concat("é".repeat(30_000)).getBytes(StandardCharsets.UTF_8);
        byte[] small = "id: tiny\n".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("large.yml"), large);
        Files.write(dir.resolve("small.yml"), small);
        FileBuffer buffer = new FileBuffer();

        buffer.read(dir.resolve("large.yml"), 1_000_000);
        assertThat(Arrays.copyOf(buffer.array(), buffer.length())).isEqualTo(large);
        assertThat(buffer.hash()).isEqualTo(sha256(large));

        buffer.read(dir.resolve("small.yml"), 1_000_000);
        assertThat(Arrays.copyOf(buffer.array(), buffer.length())).isEqualTo(small);
        assertThat(buffer.hash()).isEqualTo(sha256(small));
    }

    @Test
    void aFileThatGrowsPastTheLimitWhileReadIsRefused() throws IOException {
        Files.write(dir.resolve("big.yml"), new byte[100_000]);

        assertThatThrownBy(() -> new FileBuffer().read(dir.resolve("big.yml"), 20_000))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("20000");
    }

    @Test
    void aSourceFileReadWithoutABufferKeepsItsBytesPastTheThreadsNextRead() throws IOException {
        Files.writeString(dir.resolve("a.yml"), "id: a\nname: A\n");
        Files.writeString(dir.resolve("b.yml"), "id: b\n");
        List<Problem> problems = new ArrayList<>();

        SourceFile a = SourceFile.read(dir, dir.resolve("a.yml"), problems, true);
        SourceFile.read(dir, dir.resolve("b.yml"), problems, true, FileBuffer.ofThisThread());

        assertThat(a.text(new NodeReader("a.yml", problems))).contains("id: a\nname: A\n");
        assertThat(a.relative()).isEqualTo("a.yml");
        assertThat(problems).isEmpty();
    }

    @Test
    void relativeNamesAreThoseOfPathRelativize() {
        for (String[] pair : new String[][] {
            {"cat", "cat/dom/x.yml"}, {"/a/cat", "/a/cat/x.yml"}, {".", "./dom/x.yml"}, {"cat", "cat2/x.yml"}
        }) {
            Path dir = Path.of(pair[0]);
            Path file = Path.of(pair[1]);
            assertThat(SourceFile.relativeName(dir, file))
                    .isEqualTo(dir.relativize(file).toString());
        }
        assertThat(SourceFile.relativeName(Path.of("cat"), Path.of("cat/dom/x.yml")))
                .isEqualTo("dom/x.yml");
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(ContentHash.sha256().digest(bytes));
    }
}
