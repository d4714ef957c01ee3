package dev.skillbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.LoadResult;
import dev.skillbot.testing.FixtureCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * A catalog's own text, whatever characters it holds ({@code < & " ' `}, {@code </script>}, markup,
 * {@code {0}}), is shown as that text on the served and static pages and in the search index: never
 * markup, never cut, never reformatted.
 */
class HostileTextPropertyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> PIECES = List.of(
            "<",
            ">",
            "&",
            "\"",
            "'",
            "`",
            "</script>",
            "<b>",
            "&amp;",
            "{0}",
            "''",
            "]]>",
            "<!--",
            "\\",
            "a",
            " ",
            "中",
            "😀",
            "javascript:",
            "</title>",
            "<\\/");

    @Property(tries = 25)
    void catalogTextIsShownAsTextEverywhere(
            @ForAll("hostile") String name,
            @ForAll("hostile") String summary,
            @ForAll("hostile") String tag,
            @ForAll("hostile") String cell)
            throws IOException {
        Path work = Files.createTempDirectory("skillbot-hostile-");
        try {
            Optional<Catalog> loaded = catalogWith(work.resolve("catalog"), name, summary, tag, cell);
            Assume.that(loaded.isPresent()); // such as a name that is another skill's alias
            Catalog catalog = loaded.get();
            Pages pages = new Pages(catalog);

            Document skill = Jsoup.parse(pages.skill(FixtureCatalog.CANARY_RELEASES, "en", "junior", null, null, null));
            shows(skill, name, summary, tag, cell);
            assertThat(Jsoup.parse(pages.catalog("en")).select(".skills a").eachText())
                    .contains(name.strip());
            Document search = Jsoup.parse(pages.search("canaries", "en"));
            assertThat(search.selectFirst(".named a").wholeText()).isEqualTo(name);
            assertThat(search.select("script, b")).isEmpty();

            Path site = work.resolve("site");
            new StaticSite(PageRenderer.precompiled()).write(catalog, site, "en", Optional.empty());
            Document page =
                    Jsoup.parse(site.resolve("skills/canary-releases.html").toFile(), "UTF-8");
            shows(page, name, summary, tag, cell);
            String index = Files.readString(site.resolve("assets/search-index.js"));
            assertThat(JSON.readTree(index.substring(index.indexOf('{'), index.lastIndexOf('}') + 1))
                            .get("skills")
                            .findValuesAsString("name"))
                    .contains(name);
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.of(PIECES)
                .list()
                .ofMinSize(1)
                .ofMaxSize(10)
                .map(pieces -> String.join("", pieces).strip().replaceAll(" {2,}", " "))
                .filter(text -> !text.isEmpty());
    }

    private static void shows(Document page, String name, String summary, String tag, String cell) {
        assertThat(page.title()).isEqualTo(name + " · Skills catalog");
        assertThat(page.selectFirst("h1").wholeText()).isEqualTo(name);
        assertThat(page.selectFirst("header .summary").wholeText()).isEqualTo(summary);
        assertThat(page.selectFirst(".tags li").wholeText()).isEqualTo(tag);
        assertThat(page.selectFirst("#junior-devops p").wholeText()).isEqualTo(cell);
        assertThat(page.select("script, b")).isEmpty();
    }

    /** The fixture with Canary Releases' name, summary, first tag and Junior devops text replaced. */
    private static Optional<Catalog> catalogWith(Path dir, String name, String summary, String tag, String cell)
            throws IOException {
        FixtureCatalog.copyTo(dir);
        Path file = dir.resolve("build-deploy/canary-releases.yml");
        List<String> lines = Files.readAllLines(file);
        lines.set(lines.indexOf("name: Canary Releases"), "name: " + quoted(name));
        lines.replaceAll(line -> line.startsWith("summary: ") ? "summary: " + quoted(summary) : line);
        lines.set(lines.indexOf("  - small blast radius"), "  - " + quoted(tag));
        int junior = lines.indexOf("  junior:");
        int text = junior + 3; // junior: / devops: / required: / text:
        assertThat(lines.get(text)).startsWith("      text: ");
        lines.set(text, "      text: " + quoted(cell));
        Files.write(file, lines);
        LoadResult result = new CatalogLoader().load(dir);
        return result.catalog();
    }

    /** A YAML double-quoted scalar: JSON's string escapes are YAML's too. */
    private static String quoted(String text) {
        return JSON.writeValueAsString(text);
    }
}
