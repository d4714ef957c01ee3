package dev.skillbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A parameter a page's address gives twice counts with its first value, on every page and for every parameter:
 * Spring joined the values, so {@code ?level=senior&level=lead} named a level "senior,lead" that nobody asked for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RepeatedParameterTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource({
        "/skills/canary-releases?level=senior, &level=lead",
        "/skills/canary-releases?level=, &level=senior",
        "/skills/canary-releases?level=senior&role=sre, &role=infra",
        "/skills/canary-releases?from=junior, &from=lead",
        "/skills/canary-releases?from=junior&to=senior, &to=lead",
        "/skills/canary-releases?lang=zh-CN&level=senior, &lang=en",
        "/skills/canary-releases?lang=fr, &lang=zh-CN",
        "/search?q=flagger, &q=canary",
        "/search?q=flagger&lang=zh-CN, &lang=en",
        "/?lang=en, &lang=zh-CN",
        "/?lang=fr, &lang=zh-CN"
    })
    void aRepeatedParameterCountsWithItsFirstValue(String address, String repeated) throws Exception {
        HttpResponse<String> once = get(address);
        HttpResponse<String> twice = get(address + repeated);
        assertThat(twice.statusCode()).as(address + repeated).isEqualTo(once.statusCode());
        assertThat(twice.body()).as(address + repeated).isEqualTo(once.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return new ServedRequests(port).get(path);
    }
}
