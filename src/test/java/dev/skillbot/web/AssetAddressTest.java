package dev.skillbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.DigestUtils;

/**
 * The pages' files are served at their own address only: {@code /assets/skillbot.css/} and
 * {@code /assets/skillbot.css//} served the stylesheet, where a skill's address with a trailing slash redirects
 * and with two is the 404 page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssetAddressTest {

    @LocalServerPort
    int port;

    @Test
    void aFileIsServedAtItsAddressAndRevalidated() throws Exception {
        for (String file : new String[] {"skillbot.css", "search.js", "favicon.svg"}) {
            HttpResponse<String> response = get("/assets/" + file);
            assertThat(response.statusCode()).as(file).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as(file).hasValue("no-cache");
        }
        assertThat(get("/assets/skillbot.css").headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
    }

    /**
     * A file is revalidated by its content, never by a date: its date in the jar is when it was checked out or
     * built, so an earlier release deployed again (or a build from an older checkout) sent an older date than the
     * browser held, and the browser kept the other release's stylesheet with a 304.
     */
    @Test
    void aFileIsRevalidatedByItsContentNotByADate() throws Exception {
        HttpResponse<String> css = get("/assets/skillbot.css");
        assertThat(css.headers().firstValue("Last-Modified")).isEmpty();
        String etag = css.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).contains(DigestUtils.md5DigestAsHex(css.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(send("/assets/skillbot.css", "If-None-Match", etag).statusCode())
                .isEqualTo(304);
        assertThat(send("/assets/skillbot.css", "If-None-Match", "\"an-older-release\"")
                        .statusCode())
                .isEqualTo(200);
        assertThat(send("/assets/skillbot.css", "If-Modified-Since", "Fri, 31 Dec 2100 23:59:59 GMT")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aFileWithATrailingSlashRedirectsToTheFileAsASkillDoes() throws Exception {
        for (String file : new String[] {"skillbot.css", "favicon.svg", "nothing.css"}) {
            HttpResponse<String> response = get("/assets/" + file + "/?lang=zh-CN");
            assertThat(response.statusCode()).as(file).isEqualTo(301);
            assertThat(URI.create("https://tools.example.com/kb/assets/" + file + "/")
                            .resolve(response.headers().firstValue("Location").orElseThrow())
                            .toString())
                    .as(file)
                    .isEqualTo("https://tools.example.com/kb/assets/" + file + "?lang=zh-CN");
        }
    }

    @Test
    void anyOtherAddressUnderAssetsIsTheCatalogsNotFoundPage() throws Exception {
        for (String path : new String[] {
            "/assets/skillbot.css//", "/assets/search.js//", "/assets/favicon.svg///", "/assets/", "/assets//"
        }) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(Jsoup.parse(response.body()).select("h1").text())
                    .as(path)
                    .isEqualTo("Not found");
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValue(PageHeadersFilter.POLICY);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return new ServedRequests(port).get(path);
    }

    private HttpResponse<String> send(String path, String header, String value) throws Exception {
        return new ServedRequests(port).get(path, header, value);
    }
}
