package dev.skillbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.CatalogSearch;
import dev.skillbot.catalog.Expectation;
import dev.skillbot.catalog.Keys;
import dev.skillbot.catalog.Skill;
import dev.skillbot.command.SkillLinks;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.SnippetTexts;
import dev.skillbot.testing.SyntheticCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * The static site's search ({@code assets/search.js} over {@code assets/search-index.js}, run in headless
 * Chromium on the static search page opened from {@code file://}) finds the same skills and cells, in the same
 * order, as the server's {@link CatalogSearch}, and shows what the server's search page shows: the same heading,
 * search box, named skill or "did you mean" candidates, hits with their snippets (at most
 * {@value PageBuilders#SEARCH_LIMIT}) and summary ("nothing mentions", "and N more", "too long"), in the same words
 * and language, over random catalogs in one or two languages and random queries: English words in any case,
 * Chinese runs matched by bigrams (words run together), full-width letters, punctuation, typos and noise.
 */
@AddLifecycleHook(SkipWithoutBrowser.class)
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

    @Property(tries = 15)
    void theStaticSiteShowsWhatTheServerShows(
            @ForAll @IntRange(min = 1, max = 8) int skills,
            @ForAll @IntRange(min = 1, max = 2) int languages,
            @ForAll @LongRange(min = 1, max = 100_000) long seed,
            @ForAll Random random)
            throws IOException {
        Path work = Files.createTempDirectory("skillbot-search-parity-");
        try {
            Catalog catalog = synthetic(work, new SyntheticCatalog.Spec(skills, 3, 60, seed, languages));
            for (String lang : List.of("en", "zh-CN")) {
                open(catalog, lang, work.resolve("site-" + lang));
                for (int i = 0; i < 5; i++) {
                    compare(catalog, lang, query(catalog, random));
                }
                // the comparison means something only if queries find something, Chinese ones included, name a
                // skill, name several and find nothing: one of each in every try, so no random draw can leave one out
                Skill skill =
                        catalog.skills().get(random.nextInt(catalog.skills().size()));
                assertThat(compare(catalog, lang, skill.name()).selectFirst("p.named"))
                        .as("%s names a skill", skill.name())
                        .isNotNull();
                String naming = namingWords(catalog, skill, random);
                assertThat(compare(catalog, lang, naming)
                                .selectFirst(catalog.skills().size() > 1 ? "ul.named-skills" : "p.named"))
                        .as("%s names skills as in chat", naming)
                        .isNotNull();
                assertThat(compare(catalog, lang, "qqzxv").selectFirst("ol.hits"))
                        .as("nothing matches")
                        .isNull();
                chineseWords(skill)
                        .ifPresent(words -> assertThat(serverHits(catalog, words, lang))
                                .as("%s finds its skill", words)
                                .isNotEmpty());
                chineseWords(skill).ifPresent(words -> compare(catalog, lang, words));
            }
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    /** The static page shows what the served page shows for {@code query}: the same hits and the same display. */
    private Document compare(Catalog catalog, String lang, String query) {
        List<String> served = serverHits(catalog, query, lang);
        if (query.strip().length() <= PageBuilders.MAX_QUERY) {
            assertThat(staticHits(query)).as("%s in %s", query, lang).isEqualTo(served);
        }
        Document page = servedPage(catalog, lang, query);
        assertThat(shownFor(query)).as("%s in %s", query, lang).isEqualTo(displayed(page));
        Statistics.label("a query finds something").collect(!served.isEmpty());
        Statistics.label("the page asks 'did you mean'").collect(page.selectFirst("ul.candidates") != null);
        return page;
    }

    /** The search page the server renders for {@code query} in {@code lang}. */
    private static Document servedPage(Catalog catalog, String lang, String query) {
        return Jsoup.parse(RENDERER.search(
                new PageBuilders(ContentText.IN_PAGE_LANGUAGE).search(catalog, searchPage(catalog, lang), query),
                false));
    }

    private static Catalog synthetic(Path work, SyntheticCatalog.Spec spec) {
        return new CatalogLoader()
                .load(SyntheticCatalog.write(work, spec))
                .catalog()
                .orElseThrow();
    }

    /** Two Chinese characters in a row from the skill's first cell, when its catalog has Chinese text. */
    private static java.util.Optional<String> chineseWords(Skill skill) {
        for (String text : skill.cells().get(0).content().variants().values()) {
            for (int i = 0; i + 1 < text.length(); i++) {
                if (isHan(text.charAt(i)) && isHan(text.charAt(i + 1))) {
                    return java.util.Optional.of(text.substring(i, i + 2));
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean isHan(char c) {
        return c >= 0x4E00 && c <= 0x9FFF;
    }

    /**
     * Words naming a skill with a level and role, where a role's word is also a word of another skill's name (the
     * fixture's "reliability", the SRE's alias and a word of Load Testing's alias): the static page names the same
     * skill, links to the same level and cell (the comparison of two levels, the role's column without a level),
     * offers the same alternative and searches the same words; levels and roles of words that name no skill filter
     * the same hits, and "did you mean" is worked out from the words searched for; markup is dropped before words
     * are made, a candidate resembles the words, one letter is too short to search for (also beside a filter, which
     * then lists nothing: {@code devops senior a}), and words typed together
     * ({@code principal..senior}, {@code reliability高级}) are read apart as in chat.
     */
    @Example
    void aSkillWithALevelAndARoleIsReadAsTheServerReadsIt() throws IOException {
        Path work = Files.createTempDirectory("skillbot-search-parity-");
        try {
            Catalog catalog = FixtureCatalog.load();
            for (String lang : List.of("en", "zh-CN")) {
                open(catalog, lang, work.resolve("site-" + lang));
                for (String query : List.of(
                        "canary reliability senior",
                        "canary reliability",
                        "senior canary sre lead",
                        "canary trains 3 devops",
                        "canray senior",
                        "reliability高级",
                        "reliability lead canary l4",
                        "senior",
                        "sre",
                        "platform",
                        "senior lead",
                        "senior sre",
                        "canary lead senior sre",
                        "canary principal..senior",
                        "canary sre",
                        "devops senior a",
                        "traffic senior sre lead",
                        "<script>alert(1)</script> <@U123> canray",
                        "</b> a !!!")) {
                    Document page = servedPage(catalog, lang, query);
                    assertThat(shownFor(query)).as("%s in %s", query, lang).isEqualTo(displayed(page));
                }
            }
            assertThat(displayed(servedPage(catalog, "en", "canary reliability senior")))
                    .contains("#senior-sre")
                    .contains("load-testing");
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    /** The served page's lists past its limit say how many more there are, in the static site's words too. */
    @Example
    void aQueryFindingMoreThanThePageListsSaysHowManyMore() throws IOException {
        Path work = Files.createTempDirectory("skillbot-search-parity-");
        try {
            Catalog catalog = synthetic(work, new SyntheticCatalog.Spec(8, 3, 60, 7, 2));
            for (String lang : List.of("en", "zh-CN")) {
                open(catalog, lang, work.resolve("site-" + lang));
                String common = mostCommonWord(catalog);
                Document page = servedPage(catalog, lang, common);
                assertThat(page.select("ol.hits > li")).hasSize(PageBuilders.SEARCH_LIMIT);
                assertThat(page.selectFirst("p.summary")).isNotNull();
                assertThat(staticDisplay(common)).isEqualTo(displayed(page));
            }
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    /**
     * A larger catalog with long texts: cell snippets cut around the first word (widened to whole words), and typo
     * lookups where more keys share trigrams with the query than the matcher ranks by edits (its 64 candidates).
     */
    @Example
    void aLargerCatalogWithLongTextsShowsTheSameSnippetsAndCandidates() throws IOException {
        Path work = Files.createTempDirectory("skillbot-search-parity-");
        try {
            Catalog catalog = synthetic(work, new SyntheticCatalog.Spec(60, 3, 260, 5, 2));
            Random random = new Random(5);
            int cut = 0;
            for (String lang : List.of("en", "zh-CN")) {
                open(catalog, lang, work.resolve("site-" + lang));
                for (int i = 0; i < 25; i++) {
                    String query = query(catalog, random);
                    Document page = servedPage(catalog, lang, query);
                    assertThat(shownFor(query)).as("%s in %s", query, lang).isEqualTo(displayed(page));
                    cut += page.select("ol.hits p").stream()
                            .filter(snippet -> snippet.text().startsWith("…")
                                    || snippet.text().endsWith("…"))
                            .count();
                }
            }
            assertThat(cut).as("snippets cut from longer texts").isGreaterThan(10);
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    /**
     * Queries a reader may type that random catalog text does not produce: right-to-left words (isolated in the
     * echo), direction controls (dropped), markup and entities (text, never HTML), punctuation only, one letter,
     * a query exactly at the limit and one past it; characters HTML does not allow in a page (a NUL, other C0 and C1
     * controls, noncharacters: spaces on both sides, {@link QueryText}), and halves of surrogate pairs, which no
     * address can carry, given to the script itself.
     */
    @Example
    void oddQueriesAreShownAsTheServerShowsThem() throws IOException {
        Path work = Files.createTempDirectory("skillbot-search-parity-");
        try {
            Catalog catalog = synthetic(work, new SyntheticCatalog.Spec(5, 3, 20, 11, 2));
            List<String> queries = List.of(
                    "שלום",
                    "مرحبا cache",
                    "\u202Egnp.exe cache",
                    "\u2067x\u2069",
                    "<script>alert(1)</script>",
                    "&amp; &lt;b&gt;",
                    "{0} {1} $1 $&",
                    "!!!",
                    "   ",
                    "c",
                    "ｃａｃｈｅ",
                    "%",
                    "a+b",
                    "x".repeat(PageBuilders.MAX_QUERY),
                    "x".repeat(PageBuilders.MAX_QUERY + 1),
                    "cache ".repeat(PageBuilders.MAX_QUERY), // 1,199 characters, grouped as the server groups them
                    "\u0000",
                    "cache\u0000canary\u0007",
                    "\u001B[31m cache\t\n",
                    "\u007F\u0085\u009Fcache",
                    "\uFFFE\uFDD0 cache \uDBFF\uDFFF");
            String halves = "\uD800cache \uDC00";
            for (String lang : List.of("en", "zh-CN")) {
                open(catalog, lang, work.resolve("site-" + lang));
                for (String query : queries) {
                    Document page = servedPage(catalog, lang, query);
                    assertThat(staticDisplay(query)).as("%s in %s", query, lang).isEqualTo(displayed(page));
                }
                // half a surrogate pair reaches the browser as "?" (WebDriver's JSON): the script writes them itself
                browser.driver().executeScript(SHOW.replace("arguments[0]", "'\\uD800cache \\uDC00'"));
                assertThat(shownNow()).as("halves in %s", lang).isEqualTo(displayed(servedPage(catalog, lang, halves)));
            }
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    /**
     * An address whose query is no text (invalid UTF-8 such as a lone surrogate's {@code %ED%A0%80}, a broken
     * {@code %} escape, an unreadable parameter beside {@code q}): the static page shows what the server's does, an
     * empty box and the sentence that the words could not be read, rather than searching "\uFFFD\uFFFD\uFFFD".
     */
    @Example
    void aQueryThatIsNoTextIsShownAsTheServerShowsIt() throws IOException {
        Path work = Files.createTempDirectory("skillbot-search-parity-");
        try {
            Catalog catalog = synthetic(work, new SyntheticCatalog.Spec(3, 3, 20, 13, 1));
            for (String lang : List.of("en", "zh-CN")) {
                open(catalog, lang, work.resolve("site-" + lang));
                String served = displayed(Jsoup.parse(RENDERER.search(
                        new PageBuilders(ContentText.IN_PAGE_LANGUAGE).unreadableSearch(searchPage(catalog, lang)),
                        false)));
                for (String raw : List.of("%ED%A0%80", "cache%ff", "%", "cache&x=%C0%80")) {
                    assertThat(staticDisplayOfRaw(raw))
                            .as("%s in %s", raw, lang)
                            .isEqualTo(served);
                }
            }
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    /**
     * Snippets are cut between the same whole characters on both sides (card.TextCut's grapheme clusters, the
     * browser's Intl.Segmenter), also beside a Chinese or Korean letter, where a cut needs no space.
     */
    @Example
    void snippetsAreCutBetweenTheSameWholeCharacters() {
        browser.driver().get("about:blank");
        ((JavascriptExecutor) browser.driver()).executeScript(script);
        List<String> texts = SnippetTexts.all();
        assertThat(browser.driver()
                        .executeScript(
                                "return arguments[0].map(function (text) {"
                                        + " return window.skillbotSearch.snippet(text, 'kafka'); });",
                                texts))
                .isEqualTo(texts.stream()
                        .map(text -> CatalogSearch.snippet(text, "kafka"))
                        .toList());
    }

    private static final PageRenderer RENDERER = PageRenderer.precompiled();

    private static Page searchPage(Catalog catalog, String lang) {
        Labels t = Labels.of(lang);
        return new Page(t, SiteLinks.atRoot(), t.get("title.search"), catalog.revision(), null, null, null);
    }

    /** The static site's search page for the catalog, opened from {@code file://}. */
    private static void open(Catalog catalog, String lang, Path site) throws IOException {
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(
                site.resolve("search.html"),
                RENDERER.search(
                        new PageBuilders(ContentText.IN_PAGE_LANGUAGE).search(catalog, searchPage(catalog, lang), ""),
                        true));
        Files.writeString(
                site.resolve("assets/search-index.js"),
                SearchIndex.script(catalog, Labels.of(lang), ContentText.IN_PAGE_LANGUAGE));
        Files.writeString(site.resolve("assets/search.js"), script);
        Files.writeString(site.resolve("assets/skillbot.css"), ""); // no console error for what the page links
        Files.writeString(site.resolve("assets/favicon.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        browser.driver().get(site.resolve("search.html").toUri().toString());
        assertThat(browser.consoleErrors()).as("console of %s", site).isEmpty();
    }

    /**
     * What the static page shows for a query when a reader opens it with {@code ?q=} (as the search form sends it):
     * its heading, search box and results.
     */
    private static String staticDisplay(String query) {
        return staticDisplayOfRaw(URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    /** What the static page shows opened with {@code ?q=} and the query as the address carries it. */
    private static String staticDisplayOfRaw(String encodedQuery) {
        String page = browser.driver().getCurrentUrl().split("\\?", 2)[0];
        String address = page + "?q=" + encodedQuery;
        browser.driver().get(address);
        // get() returned now and then before the new page's deferred scripts had run
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                        .executeScript(
                                "return document.readyState === 'complete' && location.href === arguments[0];",
                                address)));
        return shownNow();
    }

    /**
     * What the open static page shows for a query its script is handed directly, as it is handed the address's
     * {@code ?q=}: a page load per query made the property the slowest test (how the address is read, {@code +} and
     * {@code %} included, is compared by the examples, which open the page with {@code ?q=}).
     */
    private static String shownFor(String query) {
        browser.driver().executeScript(SHOW, query);
        return shownNow();
    }

    private static final String SHOW = "window.skillbotSearch.show(window.skillbotSearchIndex, arguments[0],"
            + " document.getElementById('results'), document.getElementById('q'), document.querySelector('main h1'));";

    /** The static page's heading, search box and results as they are now. */
    private static String shownNow() {
        String html = (String) browser.driver()
                .executeScript("var input = document.getElementById('q');"
                        + "return document.querySelector('main h1').outerHTML + '<input id=\"q\" value=\"'"
                        + " + input.value.replace(/&/g, '&amp;').replace(/\"/g, '&quot;') + '\">'"
                        + " + document.getElementById('results').outerHTML;");
        return displayed(Jsoup.parse(html));
    }

    /** The heading, search box and results of a page, each element with its non-empty attributes and its text. */
    private static String displayed(Document page) {
        StringBuilder shown = new StringBuilder();
        describe(page.selectFirst("main h1, body > h1"), shown);
        shown.append("\n[").append(page.getElementById("q").val()).append("]\n");
        describe(page.getElementById("results"), shown);
        return shown.toString();
    }

    private static void describe(Node node, StringBuilder shown) {
        if (node instanceof TextNode text) {
            if (!text.isBlank()) {
                shown.append(text.text().strip());
            }
            return;
        }
        Element element = (Element) node;
        shown.append('<').append(element.tagName());
        element.attributes().asList().stream()
                .filter(attribute ->
                        !attribute.getValue().isEmpty() && !attribute.getKey().startsWith("data-")
                                || attribute.getKey().equals("data-cell")
                                        && !attribute.getValue().isEmpty())
                .sorted(Comparator.comparing(Attribute::getKey))
                .forEach(attribute -> shown.append(' ')
                        .append(attribute.getKey())
                        .append("=\"")
                        .append(attribute.getValue())
                        .append('"'));
        shown.append('>');
        element.childNodes().forEach(child -> describe(child, shown));
        shown.append("</").append(element.tagName()).append(">\n");
    }

    private static String mostCommonWord(Catalog catalog) {
        Map<String, Integer> counts = new HashMap<>();
        catalog.skills()
                .forEach(skill -> skill.cells()
                        .forEach(cell -> new LinkedHashSet<>(
                                        Keys.words(cell.content().text()))
                                .forEach(word -> counts.merge(word, 1, Integer::sum))));
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow()
                .getKey();
    }

    private static List<String> serverHits(Catalog catalog, String query, String lang) {
        return CatalogSearch.search(catalog, query, Integer.MAX_VALUE, lang).hits().stream()
                .map(hit -> SiteLinks.skillFile(hit.skill().id()) + "#"
                        + (hit.isCell() ? SkillLinks.cellAnchor(hit.level().id(), hit.roleId()) : ""))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> staticHits(String query) {
        return (List<String>) browser.driver()
                .executeScript(
                        "return window.skillbotSearch.find(window.skillbotSearchIndex, arguments[0])"
                                + ".map(function (hit) { return hit.skill.page + '#' + (hit.cell ? hit.cell[0] : ''); });",
                        query);
    }

    /**
     * A skill's id, name or alias, or a prefix of one, some with a typo (what the matcher names a skill by or offers
     * as "did you mean"), or followed by another or by a level and maybe a role (what the chat reads as skills named,
     * the page links to that level); otherwise one to three pieces of the catalog's own text, some changed, joined by
     * odd separators.
     */
    private static String query(Catalog catalog, Random random) {
        if (random.nextInt(4) == 0) {
            List<String> keys = new ArrayList<>();
            catalog.skills().forEach(skill -> {
                keys.add(skill.id());
                skill.names().forEach(keys::add);
                keys.addAll(skill.aliases());
            });
            String key = keys.get(random.nextInt(keys.size()));
            int at = random.nextInt(key.length());
            return switch (random.nextInt(6)) {
                case 0 -> key;
                case 4 -> key + " " + keys.get(random.nextInt(keys.size()));
                case 5 ->
                    key + " "
                            + catalog.levels()
                                    .get(random.nextInt(catalog.levels().size()))
                                    .id()
                            + (random.nextBoolean()
                                    ? " "
                                            + catalog.roles()
                                                    .get(random.nextInt(
                                                            catalog.roles().size()))
                                                    .id()
                                    : "");
                case 1 -> key.substring(0, Math.min(key.length(), 2 + random.nextInt(6)));
                case 2 -> key.substring(0, at) + key.substring(at + 1);
                default -> key.substring(0, at) + "xq".charAt(random.nextInt(2)) + key.substring(at);
            };
        }
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

    /**
     * Words that name skills as a chat lookup reads them: with another skill, an alias and a word of the other's
     * name (two skills), else the skill's alias, a word of its name and a level, as typed in chat.
     */
    private static String namingWords(Catalog catalog, Skill skill, Random random) {
        List<Skill> others =
                catalog.skills().stream().filter(other -> other != skill).toList();
        if (others.isEmpty()) {
            String level = catalog.levels()
                    .get(random.nextInt(catalog.levels().size()))
                    .name("en");
            return skill.aliases().get(0) + " " + Keys.words(skill.name()).get(0) + " " + level;
        }
        Skill other = others.get(random.nextInt(others.size()));
        return skill.aliases().get(0) + " " + other.aliases().get(0) + " "
                + Keys.words(other.name()).get(0);
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
