package dev.skillbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.testing.FixtureCatalog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * {@code site --out DIR} over an existing directory: an earlier site becomes exactly the current
 * catalog's (a removed skill's pages are gone), files Skillbot did not write stay, and a directory that
 * holds someone's files but no earlier site is refused untouched.
 */
class StaticSiteOutputTest {

    @TempDir
    Path work;

    @Test
    void aSiteWrittenOverAnEarlierOneIsExactlyTheNewCatalogsAndKeepsOthersFiles() throws IOException {
        Path out = work.resolve("site");
        assertThat(run(out, FixtureCatalog.DIR)).isZero();
        assertThat(out.resolve("skills/load-testing.html")).exists();
        Files.writeString(out.resolve("CNAME"), "skills.example.com\n");
        Files.createDirectories(out.resolve("skills"));
        Files.writeString(out.resolve("skills/handwritten.html"), "<p>mine</p>");

        Path smaller = work.resolve("catalog");
        FileSystemUtils.copyRecursively(FixtureCatalog.DIR, smaller);
        Files.delete(smaller.resolve("operations/load-testing.yml"));
        assertThat(run(out, smaller)).isZero();

        assertThat(out.resolve("skills/load-testing.html")).doesNotExist();
        assertThat(out.resolve("CNAME")).hasContent("skills.example.com");
        assertThat(out.resolve("skills/handwritten.html")).hasContent("<p>mine</p>");
        Path fresh = work.resolve("fresh");
        assertThat(run(fresh, smaller)).isZero();
        Map<String, String> rewritten = files(out);
        rewritten.remove("CNAME");
        rewritten.remove("skills/handwritten.html");
        assertThat(rewritten).isEqualTo(files(fresh));
        assertThat(rewritten.keySet()).noneMatch(file -> file.contains("load-testing"));
    }

    @Test
    void aDirectoryWithOthersFilesAndNoEarlierSiteIsRefusedUntouched() throws IOException {
        Path out = work.resolve("thesis");
        Files.createDirectories(out);
        Files.writeString(out.resolve("chapter1.md"), "# One");
        ByteArrayOutputStream said = new ByteArrayOutputStream();

        assertThat(run(out, FixtureCatalog.DIR, said)).isEqualTo(1);

        assertThat(said.toString(StandardCharsets.UTF_8)).contains("is not empty and holds no site Skillbot wrote");
        assertThat(files(out)).containsOnlyKeys("chapter1.md");
        Path file = work.resolve("a-file");
        Files.writeString(file, "x");
        assertThat(run(file, FixtureCatalog.DIR)).isEqualTo(1);
        assertThat(file).hasContent("x");
    }

    /** The list of an earlier site is only ever read for the names a site has: an edited one deletes nothing else. */
    @Test
    void anEditedListOfAnEarlierSiteNeverDeletesAnythingElse() throws IOException {
        Path out = work.resolve("site");
        assertThat(run(out, FixtureCatalog.DIR)).isZero();
        Files.writeString(work.resolve("outside.html"), "keep");
        Files.writeString(out.resolve("notes.txt"), "keep");
        Files.writeString(
                out.resolve(SiteOutput.MANIFEST),
                String.join(
                        "\n",
                        "../outside.html",
                        work.resolve("outside.html").toString(),
                        "skills/../../outside.html",
                        "notes.txt",
                        "skills/load-testing.html"));

        assertThat(run(out, FixtureCatalog.DIR)).isZero();

        assertThat(work.resolve("outside.html")).hasContent("keep");
        assertThat(out.resolve("notes.txt")).hasContent("keep");
        assertThat(out.resolve("skills/load-testing.html")).exists();
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }

    private static int run(Path out, Path catalog) {
        return run(out, catalog, new ByteArrayOutputStream());
    }

    private static int run(Path out, Path catalog, ByteArrayOutputStream said) {
        PrintStream print = new PrintStream(said, true, StandardCharsets.UTF_8);
        return new SiteCommand(print, print, Map.of())
                .run(new String[] {"site", "--out", out.toString(), "--catalog", catalog.toString()});
    }
}
