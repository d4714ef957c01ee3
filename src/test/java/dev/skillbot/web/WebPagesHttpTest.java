package dev.skillbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pages as the running application serves them on its port (the fixture catalog, as every Spring test). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebPagesHttpTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theCatalogListsDomainsAndSkillsWithCountsAndASearchBox() throws Exception {
        HttpResponse<String> response = get("/", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        Document page = Jsoup.parse(response.body());
        assertThat(page.select(".counts").text()).isEqualTo("3 skills in 3 domains");
        assertThat(page.select(".domain h2")).hasSize(3);
        assertThat(page.select(".skills a").eachAttr("href")).contains("./skills/canary-releases");
        assertThat(page.select("form[role=search] input[name=q]")).hasSize(1);
    }

    @Test
    void everyPageCarriesAContentSecurityPolicyWithoutScript() throws Exception {
        for (String path :
                new String[] {"/", "/skills/canary-releases", "/search?q=k6", "/skills/nope", "/assets/skillbot.css"}) {
            HttpResponse<String> response = get(path, null);
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValue(PageHeadersFilter.POLICY);
            assertThat(PageHeadersFilter.POLICY).contains("script-src 'none'").doesNotContain("unsafe-inline");
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
        }
    }

    @Test
    void anUnknownOrHostileIdIsA404PageAndNeverAPath() throws Exception {
        for (String refused : new String[] {"..%2F..%2Fpom.xml", "canary-releases%00"}) {
            HttpResponse<String> response = get("/skills/" + refused, null);
            assertThat(response.statusCode())
                    .as(refused)
                    .isEqualTo(400); // Tomcat refuses an encoded slash or NUL before any code runs
            assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Bad request");
            assertThat(response.body()).doesNotContain("<project").doesNotContain("Exception");
        }
        for (String id : new String[] {"nope", "pom.xml", "%3Cscript%3Ealert(1)%3C-script%3E", "CANARY-RELEASEZ"}) {
            HttpResponse<String> response = get("/skills/" + id, null);
            assertThat(response.statusCode()).as(id).isEqualTo(404);
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("h1").text()).as(id).isEqualTo("Not found");
            assertThat(page.select("script")).isEmpty();
            assertThat(response.body()).doesNotContain("<project").doesNotContain("Exception");
        }
    }

    @Test
    void aTrailingSlashOrTheBareSkillsFolderLeadsToThePageNotToAnErrorPage() throws Exception {
        HttpResponse<String> slashed = get("/skills/canary-releases/?level=senior&lang=zh-CN", null);
        assertThat(slashed.statusCode()).isEqualTo(301);
        assertThat(URI.create("https://tools.example.com/kb/skills/canary-releases/")
                        .resolve(slashed.headers().firstValue("Location").orElseThrow())
                        .toString())
                .isEqualTo("https://tools.example.com/kb/skills/canary-releases?level=senior&lang=zh-CN");
        for (String folder : new String[] {"/skills", "/skills/"}) {
            HttpResponse<String> response = get(folder, null);
            assertThat(response.statusCode()).as(folder).isEqualTo(301);
            assertThat(URI.create("https://tools.example.com/kb" + folder)
                            .resolve(response.headers().firstValue("Location").orElseThrow())
                            .toString())
                    .as(folder)
                    .isEqualTo("https://tools.example.com/kb/");
        }
        HttpResponse<String> unknown = get("/skills/%3Cb%3E%20nope/", null);
        assertThat(unknown.statusCode()).isEqualTo(301);
        assertThat(unknown.headers().firstValue("Location")).hasValue("../%3Cb%3E%20nope");
        assertThat(unknown.headers().firstValue("Content-Security-Policy")).hasValue(PageHeadersFilter.POLICY);
    }

    @Test
    void theLanguageComesFromTheParameterThenAcceptLanguage() throws Exception {
        assertThat(Jsoup.parse(get("/skills/canary-releases", "zh-CN,zh;q=0.9,en;q=0.5")
                                .body())
                        .selectFirst("html")
                        .attr("lang"))
                .isEqualTo("zh-CN");
        assertThat(Jsoup.parse(get("/skills/canary-releases?lang=en", "zh-CN").body())
                        .selectFirst("html")
                        .attr("lang"))
                .isEqualTo("en");
        Document chosen =
                Jsoup.parse(get("/skills/canary-releases?lang=zh-CN", null).body());
        assertThat(chosen.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(chosen.select("tbody th a").first().attr("href"))
                .isEqualTo("../skills/canary-releases?level=junior&lang=zh-CN#level-junior");
        assertThat(chosen.select(".pick-level input[name=lang]").attr("value")).isEqualTo("zh-CN");
        assertThat(Jsoup.parse(get("/", "fr-FR, de;q=0.8").body())
                        .selectFirst("html")
                        .attr("lang"))
                .isEqualTo("en");
        assertThat(get("/", "not a ;;; language").statusCode()).isEqualTo(200);
    }

    /** Every way a browser names Simplified Chinese gets the Chinese page, as by RFC 4647 lookup; a refused one does not. */
    @Test
    void simplifiedChineseTagsAndWeightsPickTheChinesePage() throws Exception {
        for (String accept : new String[] {
            "zh-cmn-Hans-CN", "zh-Hans", "zh-SG", "zh-Hans-CN", "zh-hans-cn", "fr;q=0.9, zh-hans;q=0.8, en;q=0.7"
        }) {
            assertThat(Jsoup.parse(get("/", accept).body()).selectFirst("html").attr("lang"))
                    .as(accept)
                    .isEqualTo("zh-CN");
        }
        for (String query : new String[] {"zh-cmn-Hans-CN", "zh-hans", "zh_SG"}) {
            Document page = Jsoup.parse(
                    get("/skills/canary-releases?lang=" + query, null).body());
            assertThat(page.selectFirst("html").attr("lang")).as(query).isEqualTo("zh-CN");
            assertThat(page.select(".pick-level input[name=lang]").attr("value"))
                    .isEqualTo("zh-CN");
        }
        assertThat(Jsoup.parse(get("/", "zh;q=0, en;q=0.1").body())
                        .selectFirst("html")
                        .attr("lang"))
                .isEqualTo("en");
    }

    /**
     * The stylesheet is revalidated on every use, so a new version of the application never shows its pages
     * with the old one's styles (a Last-Modified alone let browsers keep it for days); pages carry an ETag, so a
     * reader's browser asks again cheaply and gets 304 until the catalog, the language or the page changes.
     */
    @Test
    void assetsAreRevalidatedAndPagesAnswerConditionalRequests() throws Exception {
        HttpResponse<String> css = get("/assets/skillbot.css", null);
        assertThat(css.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-cache"));
        HttpResponse<String> page = get("/skills/canary-releases?level=senior", null);
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertThat(page.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-cache"));
        HttpResponse<String> again = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/skills/canary-releases?level=senior"))
                        .header("If-None-Match", etag)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        HttpResponse<String> chinese = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/skills/canary-releases?level=senior"))
                        .header("If-None-Match", etag)
                        .header("Accept-Language", "zh-CN")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chinese.statusCode()).isEqualTo(200);
        // HEAD has the headers GET has, ETag included, and answers the same condition (it had no ETag, and said 200)
        HttpResponse<String> head = new ServedRequests(port).send("HEAD", "/skills/canary-releases?level=senior");
        assertThat(head.headers().firstValue("ETag")).hasValue(etag);
        assertThat(head.headers().firstValue("Content-Length"))
                .isEqualTo(page.headers().firstValue("Content-Length"));
        assertThat(new ServedRequests(port)
                        .send("HEAD", "/skills/canary-releases?level=senior", "If-None-Match", etag)
                        .statusCode())
                .isEqualTo(304);
    }

    @Test
    void searchUsesTheChatsMatcherAndSearchTyposIncluded() throws Exception {
        Document typo = Jsoup.parse(get("/search?q=canery", null).body());
        assertThat(typo.select(".named a").attr("href")).isEqualTo("./skills/canary-releases");
        Document cells = Jsoup.parse(get("/search?q=flagger", null).body());
        assertThat(cells.select(".hit"))
                .extracting(hit -> hit.attr("data-cell"))
                .containsExactlyInAnyOrder("senior-infra", "principal-platform");
        assertThat(cells.select(".hit a").first().attr("href")).startsWith("./skills/canary-releases?level=");
        HttpResponse<String> empty = get("/search?q=", null);
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(empty.body()).select(".summary").text()).startsWith("Type the words to look for");
        HttpResponse<String> long_ = get("/search?q=" + "a".repeat(500), null);
        assertThat(Jsoup.parse(long_.body()).select(".summary").text()).contains("the limit is 200");
    }

    /**
     * A pasted paragraph is a search too long, however it is written: a query past Tomcat's 8 KB request line got
     * its 400 ("cannot read this address") instead. Only a request far past any query is refused, still with the
     * catalog's own page.
     */
    @Test
    void aLongPastedQueryIsASearchTooLongAndOnlyAHugeRequestIsRefused() throws Exception {
        String chinese = "搜索".repeat(1500); // 27 KB as the address sends it
        for (String query : new String[] {"a".repeat(9000), chinese}) {
            HttpResponse<String> response = get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), null);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(Jsoup.parse(response.body()).select(".summary").text())
                    .isEqualTo(Labels.of("en").get("search.tooLong", query.length(), PageBuilders.MAX_QUERY));
        }
        HttpResponse<String> huge = get("/search?q=" + "a".repeat(100_000), null);
        assertThat(huge.statusCode()).isIn(400, 414, 431);
        assertThat(Jsoup.parse(huge.body()).select("h1").text()).isEqualTo("Bad request");
        assertThat(huge.body()).doesNotContain("Exception").doesNotContain("aaaaaaaaaa");
    }

    /**
     * A search whose address is no text (a lone surrogate's invalid UTF-8, a broken escape, any unreadable parameter)
     * was the generic 400 page, while the static site searched "\uFFFD\uFFFD\uFFFD": it is the search page, with an empty
     * box and a sentence saying the words could not be read, in the reader's language, as the static site shows it.
     */
    @Test
    void aSearchWhoseAddressIsNoTextSaysSoOnTheSearchPage() throws Exception {
        for (String query : new String[] {"%ED%A0%80", "cache%ff", "cache&x=%C0%80"}) {
            HttpResponse<String> response = get("/search?q=" + query, null);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("main h1").text()).as(query).isEqualTo("Search");
            assertThat(page.select("#q").val()).as(query).isEmpty();
            assertThat(page.select("#results .summary").text())
                    .as(query)
                    .isEqualTo(Labels.of("en").get("search.unreadable"));
            assertThat(response.body()).doesNotContain("\uFFFD").doesNotContain("Exception");
        }
        Document chinese = Jsoup.parse(get("/search?q=%ED%A0%80", "zh-CN").body());
        assertThat(chinese.select("#results .summary").text())
                .isEqualTo(Labels.of("zh-CN").get("search.unreadable"));
    }

    @Test
    void aBadLevelIsExplainedOnThePageWithA400() throws Exception {
        HttpResponse<String> response = get("/skills/canary-releases?level=wizard", null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).select(".notice").text()).contains("There is no level “wizard”");
    }

    private HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
