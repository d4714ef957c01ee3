package dev.skillbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A skill's page answers at its id; its id in other letter case, its name or an alias (as the chat takes them, and
 * as people type an address) redirect there, with the query kept; anything else is the 404 page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SkillAddressTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/skills/CANARY-RELEASES             | canary-releases",
                "/skills/Canary%20Releases?level=lead | canary-releases?level=lead",
                "/skills/canary?lang=zh-CN           | canary-releases?lang=zh-CN",
                "/skills/reliability-testing         | load-testing",
            })
    void anotherSpellingOfASkillRedirectsToItsPage(String path, String location) throws Exception {
        HttpResponse<String> response = new ServedRequests(port).get(path);

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue(location);
        assertThat(new ServedRequests(port).get("/skills/" + location).statusCode())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource({"/skills/canary-release", "/skills/nothing-like-it", "/skills/%E2%80%AE"})
    void aWordThatNamesNoSkillExactlyIsTheNotFoundPage(String path) throws Exception {
        assertThat(new ServedRequests(port).get(path).statusCode()).isEqualTo(404);
    }

    /**
     * The 404 page of a mistyped skill said only that there is no such skill: it offers the skills the address comes
     * closest to, as the search page does ({@code canary-release} Canary Releases, {@code canary trains} both), in
     * the reader's language, linking to their pages.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/skills/canary-release             | ../skills/canary-releases | Did you mean one of these?",
                "/skills/canray-releases?lang=zh-CN | ../skills/canary-releases?lang=zh-CN | 您是否要找以下技能？",
                "/skills/canary%20trains            | ../skills/canary-releases ../skills/release-trains | Did you mean one of these?",
            })
    void aMistypedSkillsPageOffersTheClosestSkills(String path, String links, String sentence) throws Exception {
        HttpResponse<String> response = new ServedRequests(port).get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("p.did-you-mean").text()).isEqualTo(sentence);
        assertThat(String.join(" ", page.select("ul.candidates a").eachAttr("href")))
                .isEqualTo(links);
    }
}
