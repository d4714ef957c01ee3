package dev.skillbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.skillbot.SkillbotApplication;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Any address, however odd (doubled slashes, encoded slashes and backslashes, broken or overlong
 * escapes, path parameters, dot segments, control characters, very long ids, odd queries), sent as raw
 * bytes to the running application, gets one of the catalog's own pages or a relative redirect: never
 * a 5xx, Spring's JSON or Whitelabel error, Tomcat's report or a stack trace. An error page's links
 * lead back to the root from wherever the address sits, as a reader behind a proxy path sees them.
 */
class OddPathPropertyTest {

    private static final String PROXY = "https://tools.example.com/kb";
    private static ConfigurableApplicationContext app;
    private static int port;

    /** What the server logs while it answers a request (the lines of its request threads). */
    private static final ListAppender<ILoggingEvent> LOG = new ListAppender<>();

    @BeforeContainer
    static void start() throws IOException {
        app = new SpringApplicationBuilder(SkillbotApplication.class).run("--server.port=0");
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
        get("/"); // the dispatcher servlet logs its own start-up on the first request
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        LOG.setContext(context);
        LOG.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(LOG);
    }

    @AfterContainer
    static void stop() {
        ((LoggerContext) LoggerFactory.getILoggerFactory())
                .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                .detachAppender(LOG);
        if (app != null) {
            app.close();
        }
    }

    @BeforeTry
    void forgetTheLog() {
        synchronized (LOG) {
            LOG.list.clear();
        }
    }

    /**
     * A stranger's request puts nothing in the log (at most one escaped line is what the team's rule allows; these
     * need none): Tomcat logged the first unreadable request line ({@code /{x}}, a control byte) at INFO with its
     * stack trace, Spring a WARN for every path with {@code ../}, every method an address does not take and every
     * Accept header it could not parse.
     */
    private static void assertNothingLogged(String request) {
        List<String> lines;
        synchronized (LOG) { // the appender adds under its own lock
            lines = LOG.list.stream()
                    .filter(line -> line.getThreadName().startsWith("http-nio-"))
                    .map(line -> line.getLevel() + " " + line.getLoggerName() + ": " + line.getFormattedMessage())
                    .toList();
        }
        assertThat(lines).as(request).isEmpty();
    }

    /** Found by the property below: a search's query that is no text (any parameter) is the search page saying so. */
    @Example
    void aSearchWhoseQueryIsNoTextIsTheSearchPage() throws IOException {
        for (String target : List.of("/search?lang=%ff", "/search?q=%ff", "/search?q=gitops&lang=%C0%AF")) {
            everyOddAddressGetsTheCatalogsOwnPageOrARelativeRedirect(target);
        }
    }

    /**
     * {@code /search?q[]=kafka} typed by hand got the 400 page: Tomcat refused the request line for its raw
     * brackets before the application saw it. Characters browsers send unencoded in a query ({@code [] | {} ^ `}
     * and a backslash) or a path ({@code [] | ^}) are read as any other: the search page (an unknown parameter
     * ignored), the skill's 404 page offering the closest skills.
     */
    @Example
    void charactersBrowsersSendUnencodedGetTheNormalPage() throws IOException {
        Answer brackets = get("/search?q[]=kafka&q=kafka");
        assertThat(brackets.status()).isEqualTo(200);
        assertThat(Jsoup.parse(brackets.body()).select("h1").text()).isEqualTo("Search: kafka");
        for (String query : List.of("a|b", "{gitops}", "a^b", "a`b", "a\\b", "[kafka]", "\"gitops\"")) {
            Answer answer = get("/search?q=" + query);
            assertThat(answer.status()).as(query).isEqualTo(200);
            assertThat(Jsoup.parse(answer.body()).select("#q").val()).as(query).isEqualTo(query);
            assertNothingLogged(query);
        }
        for (String path : List.of("/skills/gitops|x", "/skills/[gitops]", "/skills/git^ops", "/skills/{x}", "/x`y")) {
            assertThat(get(path).status()).as(path).isEqualTo(404);
            assertNothingLogged(path);
        }
    }

    @Property(tries = 300)
    void everyOddAddressGetsTheCatalogsOwnPageOrARelativeRedirect(@ForAll("oddTargets") String target)
            throws IOException {
        Answer answer = get(target);
        assertNothingLogged(target);
        assertThat(answer.status()).as(target).isIn(200, 301, 400, 404);
        if (answer.status() == 301) {
            String location = answer.headers().get("location");
            assertThat(location).as(target).isNotNull().doesNotStartWith("/").doesNotContain("://");
            return;
        }
        assertThat(answer.headers().get("content-type")).as(target).startsWith("text/html");
        assertThat(answer.headers().get("content-security-policy")).as(target).isEqualTo(PageHeadersFilter.POLICY);
        // a page in the reader's language: Tomcat's refusals (such as a raw "{") sent no Vary and could be cached
        assertThat(answer.headers().get("vary")).as(target).contains("Accept-Language");
        assertThat(answer.headers().get("cache-control")).as(target).isEqualTo("no-cache");
        assertThat(answer.body())
                .as(target)
                .startsWith("<!DOCTYPE html>")
                .contains("<footer class=\"site\">")
                .doesNotContainIgnoringCase("whitelabel")
                .doesNotContainIgnoringCase("exception")
                .doesNotContainIgnoringCase("tomcat")
                .doesNotContain("\"timestamp\"")
                .doesNotContain("HTTP Status");
        if (answer.status() != 200) {
            Document page = Jsoup.parse(answer.body());
            String path = target.split("\\?", 2)[0];
            if (path.equals("/search") && answer.status() == 400 && unreadableSearch(page)) {
                return; // the search page itself, saying its words could not be read (WebPagesHttpTest)
            }
            assertThat(page.select("h1").text()).as(target).isIn("Not found", "Bad request", "未找到", "请求有误");
            // what a browser can have in its address bar: no dot segments (it resolves them before sending)
            boolean browserAddress = path.chars().allMatch(c -> c > 0x20 && c < 0x7f && "\\%|<>\"{}^`".indexOf(c) < 0)
                    && !(path + "/").contains("/./")
                    && !(path + "/").contains("/../");
            if (browserAddress) {
                // resolved as browsers do (java.net.URI would drop the empty segment of "//")
                assertThat(new URL(
                                        new URL(PROXY + path),
                                        page.selectFirst("a.home").attr("href"))
                                .toString()
                                .split("\\?", 2)[0])
                        .as(target)
                        .isEqualTo(PROXY + "/");
            }
        }
    }

    /** The search page of an address whose query is no text: its heading, and the sentence saying so. */
    private static boolean unreadableSearch(Document page) {
        return page.select("h1").text().matches("Search|搜索")
                && page.text().matches("(?s).*(could not be read|无法读取搜索词).*");
    }

    @Provide
    Arbitrary<String> oddTargets() {
        Arbitrary<String> segment = Arbitraries.oneOf(
                Arbitraries.of(
                        "",
                        "skills",
                        "search",
                        "assets",
                        "canary-releases",
                        "skillbot.css",
                        "error",
                        ".",
                        "..",
                        "%2e%2e",
                        "%2F",
                        "%2f",
                        "%5C",
                        "\\",
                        "%",
                        "%Z",
                        "%ZZ",
                        "%00",
                        "%01",
                        "%0A",
                        "%7F",
                        "%C0%AF",
                        "%E0%A4%A",
                        "%FF",
                        "%E4%B8%AD",
                        ";jsessionid=1",
                        "canary-releases;jsessionid=ABC",
                        ";",
                        "%3Cscript%3E",
                        "<b>",
                        "\"",
                        "{x}",
                        "a|b",
                        "^",
                        "`",
                        "\u0001",
                        "\u007f",
                        "\t",
                        "é",
                        "中"),
                Arbitraries.strings().withChars('a', 'z').ofMinLength(1).ofMaxLength(3000),
                Arbitraries.strings().all().ofMaxLength(8));
        Arbitrary<String> path = segment.list()
                .ofMinSize(1)
                .ofMaxSize(5)
                .map(parts -> "/" + String.join("/", parts))
                .map(p -> p.replace(" ", "%20").replace("\r", "%0D").replace("\n", "%0A"));
        Arbitrary<String> query = Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.of(
                        "?lang=zh-CN",
                        "?lang=%ff",
                        "?level=%",
                        "?q=%ZZ",
                        "?level=senior&role=sre",
                        "?from=lead&to=junior",
                        "?level=a&level=b",
                        "?q=" + "x".repeat(300),
                        "?lang=" + "%E4%B8%AD".repeat(50),
                        "?=&&=",
                        "?level"));
        return Combinators.combine(path, query).as((p, q) -> p + q);
    }

    /**
     * A method an address does not take gets the catalog's own 405 page, in the reader's language, with the
     * {@code Allow} header HTTP requires (GET with its HEAD and OPTIONS on the pages), and no log line.
     */
    @Property(tries = 60)
    void aMethodTheAddressDoesNotTakeGetsItsOwnPageAndAllow(
            @ForAll("refusedMethods") String method,
            @ForAll("pagePaths") String path,
            @ForAll("languages") String language)
            throws IOException {
        String request = method + " " + path;
        Answer answer = send(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: " + language
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertNothingLogged(request);
        assertThat(answer.status()).as(request).isEqualTo(405);
        assertThat(answer.headers().get("allow")).as(request).isEqualTo("GET, HEAD, OPTIONS");
        assertThat(answer.headers().get("content-security-policy")).as(request).isEqualTo(PageHeadersFilter.POLICY);
        Document page = Jsoup.parse(answer.body());
        assertThat(page.select("h1").text())
                .as(request)
                .isEqualTo(language.startsWith("zh") ? "不允许的请求方法" : "Method not allowed");
        assertThat(page.select("main p").first().text())
                .as(request)
                .isEqualTo(Labels.of(language.startsWith("zh") ? "zh-CN" : "en").get("methodNotAllowed.page"));
    }

    /**
     * A {@code ?lang=} the page can still read is the page's language, whatever else in the request is broken: the
     * error pages for an unreadable address or query were English for {@code ?q=%ZZ&lang=zh-CN}.
     */
    @Property(tries = 40)
    void anErrorPageIsInTheLanguageTheQueryAsksFor(
            @ForAll("brokenTargets") String target, @ForAll("languages") String accepted) throws IOException {
        Answer answer = send("GET " + target + "&lang=zh-CN HTTP/1.1\r\nHost: localhost\r\nAccept-Language: " + accepted
                + "\r\nConnection: close\r\n\r\n");
        assertThat(answer.status()).as(target).isIn(200, 400, 404);
        Document page = Jsoup.parse(answer.body());
        assertThat(page.select("html").attr("lang")).as(target).isEqualTo("zh-CN");
        if (answer.status() != 200) {
            // an unreadable search is the search page saying so (WebPagesHttpTest)
            assertThat(page.select("h1").text()).as(target).isIn("未找到", "请求有误", "搜索");
        }
    }

    /**
     * Tomcat's 505 (an HTTP version it does not speak) and 501 (a transfer coding it does not know) are the client's
     * request, not a failure: the page said "Something went wrong … try again later".
     */
    @Example
    void anUnspokenVersionOrCodingIsABadRequestNotAFailure() throws IOException {
        Answer version = send("GET / HTTP/9.9\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        Answer coding =
                send("GET / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: gzip\r\nConnection: close\r\n\r\n");
        assertThat(version.status()).isEqualTo(505);
        assertThat(coding.status()).isEqualTo(501);
        for (Answer answer : List.of(version, coding)) {
            assertThat(Jsoup.parse(answer.body()).select("h1").text()).isEqualTo("Bad request");
        }
    }

    /** The error page's own address is no page, whatever the method: OPTIONS answered 200 and listed every method. */
    @Example
    void theErrorAddressIsNotFoundForEveryMethod() throws IOException {
        for (String method : List.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE")) {
            Answer answer = send(method + " /error HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n"
                    + "Connection: close\r\n\r\n");
            assertThat(answer.status()).as(method).isEqualTo(404);
            assertThat(answer.headers()).as(method).doesNotContainKey("allow");
        }
    }

    @Provide
    Arbitrary<String> brokenTargets() {
        return Combinators.combine(
                        Arbitraries.of(
                                "/", "/search", "/skills/no-such-skill", "/a%2Fb", "/skills/%ZZ", "/x%00y", "/..%5c"),
                        Arbitraries.of("?q=%ZZ", "?level=%", "?q=kafka", "?q=%E4%B8", "?=&&="))
                .as((path, query) -> path + query);
    }

    /** Odd or broken headers get a page or Tomcat's refusal through the catalog's page, and no log line. */
    @Property(tries = 80)
    void oddHeadersPutNothingInTheLog(@ForAll("oddHeaders") String header, @ForAll("anyPaths") String path)
            throws IOException {
        String request = path + " with " + header;
        Answer answer =
                send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + header + "\r\nConnection: close\r\n\r\n");
        assertNothingLogged(request);
        assertThat(answer.status()).as(request).isIn(200, 304, 400, 404, 416);
    }

    @Provide
    Arbitrary<String> anyPaths() {
        return Arbitraries.of("/", "/search?q=kafka", "/skills/canary-releases", "/assets/skillbot.css", "/nothing");
    }

    @Provide
    Arbitrary<String> oddHeaders() {
        return Arbitraries.of(
                "Accept: text/html;q=x",
                "Accept: */*;;;",
                "Accept: \"",
                "Accept-Language: zh-CN;q=1.5, en;q=-1",
                "Accept-Language: ;;;,,,*",
                "Accept-Language: " + "zh-Hans-".repeat(500),
                "Cookie: a=b\u0001; c=\"d",
                "Cookie: JSESSIONID=abc; $Version=1",
                "If-None-Match: \"x\u007f\"",
                "If-None-Match: *",
                "If-Modified-Since: garbage",
                "Range: bytes=9-1",
                "Content-Length: -1",
                "Content-Type: text/html; charset=nope",
                "X-Forwarded-For: \u0001",
                "Host: a:b:c");
    }

    @Provide
    Arbitrary<String> refusedMethods() {
        return Arbitraries.of("POST", "PUT", "DELETE", "PATCH", "TRACE", "PROPFIND", "FOO");
    }

    @Provide
    Arbitrary<String> pagePaths() {
        return Arbitraries.of("/", "/search", "/search?q=kafka", "/skills/canary-releases", "/skills/no-such-skill");
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("en", "zh-CN", "zh-Hans-CN;q=0.9, en;q=0.5", "fr");
    }

    private record Answer(int status, Map<String, String> headers, String body) {}

    /** The target sent exactly as given, as bytes: no client library refuses or repairs it first. */
    private static Answer get(String target) throws IOException {
        return send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    private static Answer send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            List<String> head = response.substring(0, end).lines().toList();
            Map<String, String> headers = new TreeMap<>();
            for (String line : head.subList(1, head.size())) {
                int colon = line.indexOf(':');
                headers.put(
                        line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
            String body = response.substring(end + 4);
            if ("chunked".equals(headers.get("transfer-encoding"))) {
                body = dechunk(body);
            }
            return new Answer(Integer.parseInt(head.get(0).split(" ")[1]), headers, body);
        }
    }

    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        String rest = chunked;
        while (true) {
            int line = rest.indexOf("\r\n");
            int size = Integer.parseInt(rest.substring(0, line).strip(), 16);
            if (size == 0) {
                return body.toString();
            }
            byte[] bytes = rest.substring(line + 2).getBytes(StandardCharsets.UTF_8);
            String chunk = new String(bytes, 0, size, StandardCharsets.UTF_8);
            body.append(chunk);
            rest = rest.substring(line + 2 + chunk.length() + 2);
        }
    }
}
