package dev.skillbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * TRACE, which Tomcat refuses on every address before the application sees it, is answered as any other method an
 * address does not take: it named in Allow every method the dispatcher servlet has code for (PUT and DELETE on
 * the read-only pages) and was 405 on addresses that are not there at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TraceMethodTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/search?q=kafka",
                "/skills/canary-releases",
                "/skills/no-such-skill",
                "/skills",
                "/assets/skillbot.css",
                "/assets/nothing.css",
                "/nothing",
                "/error",
                "/hooks/catalog",
                "/slack/events"
            })
    void traceGetsWhatAnyOtherRefusedMethodGets(String address) throws Exception {
        HttpResponse<String> put = send("PUT", address);
        HttpResponse<String> trace = send("TRACE", address);
        assertThat(trace.statusCode()).as(address).isEqualTo(put.statusCode()).isIn(404, 405);
        assertThat(trace.headers().firstValue("Allow"))
                .as(address)
                .isEqualTo(put.headers().firstValue("Allow"));
        assertThat(Jsoup.parse(trace.body()).select("h1").text())
                .as(address)
                .isEqualTo(Jsoup.parse(put.body()).select("h1").text());
        assertThat(trace.headers().firstValue("Content-Security-Policy"))
                .as(address)
                .hasValue(PageHeadersFilter.POLICY);
        assertThat(trace.body()).as(address).doesNotContain("s3cret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/skills/canary-releases", "/assets/skillbot.css"})
    void aPageOrFileNamesItsOwnMethods(String address) throws Exception {
        HttpResponse<String> trace = send("TRACE", address);
        assertThat(trace.statusCode()).isEqualTo(405);
        assertThat(trace.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
        assertThat(Jsoup.parse(trace.body()).select("h1").text()).isEqualTo("Method not allowed");
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return new ServedRequests(port).send(method, path, "X-Secret", "s3cret");
    }
}
