package dev.skillbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.CatalogSearch;
import dev.skillbot.catalog.Expectation;
import dev.skillbot.command.SkillLinks;
import dev.skillbot.testing.SyntheticCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.springframework.util.FileSystemUtils;

/**
 * The static site's search ({@code assets/search.js} over {@code assets/search-index.js}, run in headless
 * Chromium) finds the same skills and cells, in the same order, as the server's search page (its
 * {@link CatalogSearch} and query limit, before the page's cut to {@value PageBuilders#SEARCH_LIMIT} hits),
 * over random catalogs in one or two languages and random queries: English words in any case, Chinese
 * runs matched by bigrams (words run together), full-width letters, punctuation, typos and noise.
 */
class StaticSearchParityPropertyTest {

    private static Browser browser;
    private static String script;

    @BeforeContainer
    static void start() throws IOException {
        browser = Browser.start();
        try (InputStream in = StaticSite.class.getResourceAsStream("/static/assets/search.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterContainer
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Property(tries = 40)
    void theStaticSiteFindsWhatTheServerFindsInItsOrder(
            @ForAll @IntRange(min = 1, max = 8) int skills,
            @ForAll @IntRange(min = 1, max = 2) int languages,
            @ForAll @LongRange(min = 1, max = 100_000) long seed,
            @ForAll Random random)
            throws IOException {
        Path work = Files.createTempDirectory("skillbot-search-parity-");
        try {
            Catalog catalog = new CatalogLoader()
                    .load(SyntheticCatalog.write(work, new SyntheticCatalog.Spec(skills, 3, 60, seed, languages)))
                    .catalog()
                    .orElseThrow();
            for (String lang : List.of("en", "zh-CN")) {
                String index = SearchIndex.json(catalog, Labels.of(lang), ContentText.IN_PAGE_LANGUAGE);
                for (int i = 0; i < 6; i++) {
                    String query = query(catalog, random);
                    List<String> served = serverHits(catalog, query, lang);
                    assertThat(staticHits(index, query))
                            .as("%s in %s", query, lang)
                            .isEqualTo(served);
                    Statistics.label("a query finds something").collect(!served.isEmpty());
                    Statistics.label("a Chinese query finds something")
                            .collect(!served.isEmpty() && query.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF));
                }
            }
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
        // the comparison means something only if many queries find something, Chinese ones included
        Statistics.label("a query finds something")
                .coverage(coverage -> coverage.check(true).percentage(share -> share > 20));
        Statistics.label("a Chinese query finds something")
                .coverage(coverage -> coverage.check(true).percentage(share -> share > 3));
    }

    private static List<String> serverHits(Catalog catalog, String query, String lang) {
        if (query.strip().length() > PageBuilders.MAX_QUERY) {
            return List.of();
        }
        return CatalogSearch.search(catalog, query, Integer.MAX_VALUE, lang).hits().stream()
                .map(hit -> SiteLinks.skillFile(hit.skill().id()) + "#"
                        + (hit.isCell() ? SkillLinks.cellAnchor(hit.level().id(), hit.roleId()) : ""))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> staticHits(String index, String query) {
        return (List<String>) browser.driver()
                .executeScript(
                        script + "\nreturn window.skillbotSearch.find(JSON.parse(arguments[0]), arguments[1])"
                                + ".map(function (hit) { return hit.skill.page + '#' + (hit.cell ? hit.cell[0] : ''); });",
                        index,
                        query);
    }

    /** One to three pieces of the catalog's own text, some changed, joined by odd separators. */
    private static String query(Catalog catalog, Random random) {
        List<String> texts = new ArrayList<>();
        catalog.skills().forEach(skill -> {
            texts.add(skill.id());
            skill.names().forEach(texts::add);
            skill.localizedSummary().variants().values().forEach(texts::add);
            for (Expectation cell : skill.cells()) {
                texts.addAll(cell.content().variants().values());
            }
        });
        StringBuilder query = new StringBuilder();
        int pieces = 1 + random.nextInt(3);
        for (int p = 0; p < pieces; p++) {
            String text = texts.get(random.nextInt(texts.size()));
            int from = random.nextInt(text.length());
            String piece = text.substring(from, Math.min(text.length(), from + 1 + random.nextInt(12)));
            query.append(change(piece, random))
                    .append(List.of(" ", "  ", ", ", "-", "\u3000", "/").get(random.nextInt(6)));
        }
        if (random.nextInt(20) == 0) {
            query.append("x".repeat(PageBuilders.MAX_QUERY));
        }
        return query.toString();
    }

    private static String change(String piece, Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> piece.toUpperCase();
            case 1 -> toFullWidth(piece);
            case 2 -> piece + "的";
            case 3 -> new StringBuilder(piece).reverse().toString();
            case 4 -> piece.replace('e', 'é');
            // Chinese words run together: found by most of their bigrams, not as one substring
            case 5, 6 -> piece.replace(" ", "");
            default -> piece;
        };
    }

    private static String toFullWidth(String text) {
        StringBuilder wide = new StringBuilder();
        text.chars().forEach(c -> wide.append(c > 0x20 && c < 0x7f ? (char) (c + 0xFEE0) : (char) c));
        return wide.toString();
    }
}
