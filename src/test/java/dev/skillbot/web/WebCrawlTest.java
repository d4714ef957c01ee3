package dev.skillbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page reachable from the catalog, the search and a 404, followed link by link and form by
 * form (each form sent with what it shows chosen), as a reader behind a proxy that serves the
 * application under {@code /kb/} reaches them: every link stays under {@code /kb/}, every page
 * answers 200 (the unknown skill 404), and every {@code #anchor} is an element of its page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebCrawlTest {

    private static final String PROXY = "https://tools.example.com/kb/";
    private static final List<String> STARTS =
            List.of("", "?lang=zh-CN", "search?q=canary", "search?q=flagger&lang=zh-CN", "skills/nope");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Document> pages = new HashMap<>();

    @Test
    void everyLinkAndFormOfEveryPageStaysUnderTheProxysPathAndLeadsToAPage() throws Exception {
        Deque<String> next = new ArrayDeque<>(STARTS);
        Map<String, String> anchors = new HashMap<>();
        while (!next.isEmpty() && pages.size() < 400) {
            String path = next.poll();
            if (pages.containsKey(path)) {
                continue;
            }
            Document page = fetch(path);
            for (String target : targets(page)) {
                assertThat(target).as("a link in /kb/%s", path).startsWith(PROXY);
                String[] parts = target.substring(PROXY.length()).split("#", 2);
                if (parts[0].startsWith("assets/")) {
                    continue;
                }
                next.add(parts[0]);
                if (parts.length > 1) {
                    anchors.put(target, parts[0]);
                }
            }
        }
        assertThat(pages).hasSizeGreaterThan(30);
        anchors.forEach((target, path) -> {
            if (pages.containsKey(path)) {
                assertThat(pages.get(path).getElementById(target.split("#", 2)[1]))
                        .as(target)
                        .isNotNull();
            }
        });
    }

    /**
     * A reader who narrowed a skill page to one role keeps it through every link and form of the page that
     * stays on the skill: the level selector, the compare form, the matrix's level links, the other language.
     */
    @Test
    void aReaderFilteredToOneRoleKeepsItThroughEveryLevelLanguageAndComparisonChange() throws Exception {
        String skill = "skills/canary-releases";
        for (String start : List.of(
                skill + "?level=senior&role=sre",
                skill + "?from=senior&to=lead&role=sre",
                skill + "?level=junior&role=sre&lang=zh-CN")) {
            List<String> onTheSkill = targets(fetch(start)).stream()
                    .map(target -> target.substring(PROXY.length()).split("#", 2)[0])
                    .filter(target -> target.startsWith(skill + "?"))
                    .distinct()
                    .toList();
            assertThat(onTheSkill).as(start).hasSizeGreaterThan(5);
            for (String target : onTheSkill) {
                Document page = fetch(target);
                assertThat(page.select("#role option[selected]").attr("value"))
                        .as("%s → %s", start, target)
                        .isEqualTo("sre");
                assertThat(page.select("#compare-role option[selected]").attr("value"))
                        .as("%s → %s", start, target)
                        .isEqualTo("sre");
            }
        }
    }

    private Document fetch(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("/kb/%s", path).isEqualTo(path.startsWith("skills/nope") ? 404 : 200);
        assertThat(response.body()).as(path).doesNotContain("Exception");
        Document page = Jsoup.parse(response.body(), PROXY + path);
        pages.put(path, page);
        return page;
    }

    /** The absolute addresses of the page's links, stylesheets and forms (sent with their chosen values). */
    private static List<String> targets(Document page) {
        List<String> links = new ArrayList<>(page.select("a[href], link[href]").eachAttr("abs:href"));
        for (Element form : page.select("form")) {
            StringBuilder query = new StringBuilder();
            for (Element field : form.select("input[name], select[name]")) {
                String value = field.tagName().equals("select") ? chosen(field) : field.attr("value");
                query.append(query.isEmpty() ? "" : "&")
                        .append(field.attr("name"))
                        .append('=')
                        .append(URLEncoder.encode(
                                value.isEmpty() && field.attr("name").equals("q") ? "canary" : value,
                                StandardCharsets.UTF_8));
            }
            String action = form.absUrl("action");
            String[] parts = action.split("#", 2);
            links.add(parts[0].split("\\?", 2)[0] + "?" + query + (parts.length > 1 ? "#" + parts[1] : ""));
        }
        return links;
    }

    /** What a browser sends for a select: its selected option, else its first. */
    private static String chosen(Element select) {
        Element option = select.selectFirst("option[selected]");
        return (option != null ? option : select.selectFirst("option")).attr("value");
    }
}
