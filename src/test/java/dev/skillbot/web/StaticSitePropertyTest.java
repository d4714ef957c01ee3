package dev.skillbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.testing.SyntheticCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * In the static site of any catalog, in either language, every link, stylesheet, script, form and
 * search result leads to a file the site has and to an element of it when it names an {@code #anchor};
 * the sitemap lists exactly the site's pages.
 */
class StaticSitePropertyTest {

    @Property(tries = 12)
    void everyLinkOfEveryPageAndSearchResultLeadsToAFileAndAnchorOfTheSite(
            @ForAll @IntRange(min = 1, max = 6) int skills,
            @ForAll @IntRange(min = 1, max = 4) int roles,
            @ForAll @IntRange(min = 1, max = 2) int languages,
            @ForAll @LongRange(min = 1, max = 1000) long seed,
            @ForAll("locales") String locale)
            throws IOException {
        Path work = Files.createTempDirectory("skillbot-site-property-");
        try {
            Path catalogDir = SyntheticCatalog.write(
                    work.resolve("catalog"), new SyntheticCatalog.Spec(skills, roles, 80, seed, languages));
            Catalog catalog = new CatalogLoader().load(catalogDir).catalog().orElseThrow();
            Path site = work.resolve("site");
            new StaticSite(PageRenderer.precompiled()).write(catalog, site, locale, Optional.empty());

            Map<Path, Document> pages = pages(site);
            pages.forEach((file, page) -> {
                for (Element element : page.select("a[href], link[href], script[src], form[action]")) {
                    String target = element.hasAttr("href")
                            ? element.attr("href")
                            : element.hasAttr("src") ? element.attr("src") : element.attr("action");
                    resolves(pages, file, target, site.relativize(file) + ": " + target);
                }
            });
            for (JsonNode skill : index(site).get("skills")) {
                String page = skill.get("page").asString();
                resolves(pages, site.resolve("search.html"), page, "index: " + page);
                for (JsonNode cell : skill.get("cells")) {
                    String target = page + "#" + cell.get(0).asString();
                    resolves(pages, site.resolve("search.html"), target, "index: " + target);
                }
            }
            List<String> listed = Jsoup.parse(Files.readString(site.resolve("sitemap.xml")), "", Parser.xmlParser())
                    .select("loc")
                    .eachText();
            assertThat(listed)
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(pages.keySet().stream()
                            .map(file -> site.relativize(file).toString().replace('\\', '/'))
                            .toList());
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    @Provide
    Arbitrary<String> locales() {
        return Arbitraries.of("en", "zh-CN");
    }

    private static void resolves(Map<Path, Document> pages, Path from, String target, String what) {
        assertThat(target).as(what).doesNotStartWith("/").doesNotContain("://");
        String[] parts = target.split("#", 2);
        String file = parts[0].split("\\?", 2)[0];
        Path resolved = file.isEmpty() ? from : from.resolveSibling(file).normalize();
        assertThat(resolved).as(what).exists();
        if (parts.length > 1) {
            assertThat(pages.get(resolved)).as(what).isNotNull();
            assertThat(pages.get(resolved).getElementById(parts[1])).as(what).isNotNull();
        }
    }

    private static Map<Path, Document> pages(Path site) throws IOException {
        Map<Path, Document> pages = new HashMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file :
                    files.filter(each -> each.toString().endsWith(".html")).toList()) {
                pages.put(file.normalize(), Jsoup.parse(file.toFile(), "UTF-8"));
            }
        }
        return pages;
    }

    private static JsonNode index(Path site) throws IOException {
        String script = Files.readString(site.resolve("assets/search-index.js"));
        return JsonMapper.builder()
                .build()
                .readTree(script.substring(script.indexOf('{'), script.lastIndexOf('}') + 1));
    }
}
