package dev.skillbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.testing.FixtureCatalog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code site --out DIR}: every page as a file, every link relative and leading to a file that exists. */
class StaticSiteTest {

    @TempDir
    Path out;

    @Test
    void writesEveryPageWithRelativeLinksThatAllResolve() throws Exception {
        assertThat(run("site", "--out", out.toString(), "--catalog", FixtureCatalog.DIR.toString()))
                .isZero();

        assertThat(out.resolve("index.html")).exists();
        assertThat(out.resolve("search.html")).exists();
        assertThat(out.resolve("skills/canary-releases.html")).exists();
        assertThat(out.resolve("compare/canary-releases.senior.lead.html")).exists();
        assertThat(out.resolve("assets/skillbot.css")).exists();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(out)) {
            pages = files.filter(file -> file.toString().endsWith(".html")).toList();
        }
        assertThat(pages).hasSize(2 + 3 * 5); // catalog, search, and per skill its page and 4 comparisons
        for (Path page : pages) {
            Document html = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element link : html.select("a[href], link[href], script[src], form[action]")) {
                String target = link.hasAttr("href")
                        ? link.attr("href")
                        : link.hasAttr("src") ? link.attr("src") : link.attr("action");
                assertThat(target)
                        .as("%s in %s", target, page)
                        .doesNotStartWith("/")
                        .doesNotContain("://");
                String file = target.split("[#?]", 2)[0];
                if (!file.isEmpty()) {
                    assertThat(page.resolveSibling(file).normalize())
                            .as("%s in %s", target, page)
                            .exists();
                }
            }
        }
    }

    @Test
    void theSkillPageHasTheWholeMatrixAndLinksInsteadOfForms() throws Exception {
        run("site", "--out", out.toString(), "--catalog", FixtureCatalog.DIR.toString());
        Document skill = Jsoup.parse(out.resolve("skills/canary-releases.html").toFile(), "UTF-8");
        assertThat(skill.select("td.cell")).hasSize(20);
        assertThat(skill.select("form.pick-level")).isEmpty();
        assertThat(skill.select(".level-links a").eachAttr("href"))
                .contains("../skills/canary-releases.html#level-senior");
        assertThat(skill.select(".compare-links a").eachAttr("href"))
                .contains("../compare/canary-releases.senior.lead.html#compare");
        assertThat(skill.select("#proposals p").text()).startsWith("Proposals are reviewed in chat");
        assertThat(skill.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        Document compare = Jsoup.parse(
                out.resolve("compare/canary-releases.senior.lead.html").toFile(), "UTF-8");
        assertThat(compare.select("#compare .change")).hasSize(4);
        assertThat(compare.select("script")).isEmpty();
    }

    @Test
    void theSearchIndexAndTheSitemapCoverEveryPage() throws Exception {
        run(
                "site",
                "--out",
                out.toString(),
                "--catalog",
                FixtureCatalog.DIR.toString(),
                "--base-url",
                "https://org.github.io/skills");
        String index = Files.readString(out.resolve("assets/search-index.js"));
        assertThat(index)
                .startsWith("window.skillbotSearchIndex = {")
                .contains("\"senior-infra\"")
                .contains("Flagger");
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertThat(sitemap).contains("<loc>https://org.github.io/skills/skills/canary-releases.html</loc>");
        assertThat(Jsoup.parse(sitemap, "", org.jsoup.parser.Parser.xmlParser()).select("url"))
                .hasSize(17);
        Document search = Jsoup.parse(out.resolve("search.html").toFile(), "UTF-8");
        assertThat(search.select("script[src]").eachAttr("src"))
                .containsExactly("assets/search-index.js", "assets/search.js");
        assertThat(search.select("script:not([src])")).isEmpty();
    }

    @Test
    void aChineseSiteShowsAndFindsTheCatalogsChineseNamesAndTags() throws Exception {
        run("site", "--out", out.toString(), "--catalog", FixtureCatalog.BILINGUAL_DIR.toString(), "--locale", "zh-CN");
        Document skill = Jsoup.parse(out.resolve("skills/gitops-practices.html").toFile(), "UTF-8");
        assertThat(skill.select(".tags li").eachText()).containsExactly("Git 作为唯一事实来源", "拉取式部署");
        assertThat(skill.title()).isEqualTo("GitOps 实践 · 技能目录");
        assertThat(Files.readString(out.resolve("assets/search-index.js"))).contains("拉取式部署");
    }

    /** Search results built from the index mark each name and text with its language, as the server's do. */
    @Test
    void aChineseSitesSearchIndexSaysWhichTextsAreEnglish() throws Exception {
        run("site", "--out", out.toString(), "--catalog", FixtureCatalog.BILINGUAL_DIR.toString(), "--locale", "zh-CN");
        String script = Files.readString(out.resolve("assets/search-index.js"));
        JsonNode skills = JsonMapper.builder()
                .build()
                .readTree(script.substring(script.indexOf('{'), script.lastIndexOf('}') + 1))
                .get("skills");
        Map<String, JsonNode> byPage = new java.util.HashMap<>();
        skills.forEach(skill -> byPage.put(skill.get("page").asString(), skill));
        JsonNode gitops = byPage.get("skills/gitops-practices.html");
        assertThat(gitops.get("lang").asString()).isEqualTo("zh-CN");
        Map<String, String> cellLangs = new java.util.HashMap<>();
        gitops.get("cells")
                .forEach(cell ->
                        cellLangs.put(cell.get(0).asString(), cell.get(3).asString()));
        assertThat(cellLangs).containsEntry("junior-devops", "zh-CN").containsEntry("principal-sre", "en");
        assertThat(byPage.get("skills/blue-green.html").get("lang").asString()).isEqualTo("en");
    }

    @Test
    void usageErrorsAndAnInvalidCatalogAreSaidInOneLine() throws Exception {
        assertThat(run("site")).isEqualTo(2);
        assertThat(run("site", "--out", out.toString(), "--base-url", "javascript:alert(1)"))
                .isEqualTo(2);
        assertThat(run("site", "--out", out.toString(), "--catalog", FixtureCatalog.DIR.toString(), "--locale", "fr"))
                .as("a French site is refused, not written in English")
                .isEqualTo(2);
        assertThat(out.resolve("index.html")).doesNotExist();
        assertThat(run(
                        "site",
                        "--out",
                        out.toString(),
                        "--catalog",
                        out.resolve("missing").toString()))
                .isEqualTo(1);
    }

    @Test
    void aBadBaseUrlIsNamedAsItWasGiven() {
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(said, true, StandardCharsets.UTF_8);
        int exit = new SiteCommand(print, print, Map.of())
                .run(new String[] {"site", "--out", out.toString(), "--base-url", "https://org.github.io/skills?x=1"});
        assertThat(exit).isEqualTo(2);
        assertThat(said.toString(StandardCharsets.UTF_8))
                .startsWith("--base-url must be an absolute http(s) address")
                .doesNotContain("SKILLBOT_PUBLIC_URL");
    }

    @Test
    void aMissingCatalogFolderIsNamedAsMissing() {
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(said, true, StandardCharsets.UTF_8);
        String nowhere = out.resolve("nowhere").toString();
        int exit = new SiteCommand(print, print, Map.of())
                .run(new String[] {"site", "--out", out.toString(), "--catalog", nowhere});
        assertThat(exit).isEqualTo(1);
        assertThat(said.toString(StandardCharsets.UTF_8))
                .startsWith("There is no catalog in " + nowhere + ": no such directory");
    }

    private static int run(String... args) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(sink, true, StandardCharsets.UTF_8);
        return new SiteCommand(print, print, Map.of()).run(args);
    }
}
