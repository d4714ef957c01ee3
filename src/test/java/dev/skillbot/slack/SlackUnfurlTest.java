package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A link to the web pages pasted in Slack: the {@code link_shared} event, signed as Slack signs it,
 * reaches the real Bolt app over HTTP, and the fake Slack receives a {@code chat.unfurl} with the
 * compact card of exactly what the link shows.
 */
class SlackUnfurlTest {

    private static final String SECRET = "unfurl-test-secret";
    private static final String SITE = "https://skills.example.com/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static FakeSlack slack;
    private static SlackApp app;
    private static SlackRequests requests;

    @BeforeAll
    static void start() {
        slack = FakeSlack.start();
        app = SlackApp.http(slack, SECRET, null, "--skillbot.web.public-url=" + SITE);
        requests = new SlackRequests(app.port(), SECRET);
    }

    @AfterAll
    static void stop() {
        app.close();
        slack.close();
    }

    @Test
    void aLinkToASkillPageUnfurlsIntoItsCardAndOtherLinksAreLeftAlone() {
        String level = SITE + "skills/canary-releases?level=senior&role=sre#senior-sre";
        String compare = SITE + "skills/canary-releases?from=lead&to=principal#compare";
        String toOneLevel = SITE + "skills/canary-releases?to=lead#compare"; // the page compares with the one below
        List<String> links = List.of(
                level,
                compare,
                toOneLevel, // another site's links: aMessageWithoutLinksToThePagesCallsNothing (five links at most)
                SITE + "skills/no-such-skill",
                SITE + "skills/..%2F..%2Fetc");
        long before = slack.calls("/api/chat.unfurl");
        assertThat(requests.event(SlackEvents.linkShared("1700000000.000100", links))
                        .statusCode())
                .isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("/api/chat.unfurl") == before + 1);
        Map<String, String> form =
                slack.requests("/api/chat.unfurl").get((int) before).form();
        assertThat(form).containsEntry("channel", SlackRequests.CHANNEL).containsEntry("ts", "1700000000.000100");
        JsonNode unfurls = JSON.readTree(form.get("unfurls"));
        assertThat(unfurls.propertyNames()).containsExactly(level, compare, toOneLevel);
        JsonNode levelBlocks = unfurls.get(level).get("blocks");
        assertThat(levelBlocks.get(0).get("text").get("text").asString()).isEqualTo("Canary Releases · Senior");
        assertThat(levelBlocks.toString())
                .contains("Ties canary gates to SLOs")
                .doesNotContain("Flagger") // only the sre cell
                .doesNotContain("sb1:suggest")
                .doesNotContain("sb1:share")
                .contains("\"url\":\"" + SITE + "skills/canary-releases?level=senior&role=sre#senior-sre\"");
        assertThat(unfurls.get(compare)
                        .get("blocks")
                        .get(0)
                        .get("text")
                        .get("text")
                        .asString())
                .isEqualTo("Canary Releases · Lead → Principal");
        assertThat(unfurls.get(toOneLevel)
                        .get("blocks")
                        .get(0)
                        .get("text")
                        .get("text")
                        .asString())
                .isEqualTo("Canary Releases · Senior → Lead");
    }

    /**
     * An unfurl is posted for everyone in the channel: a link pasted by someone with a profile shows what
     * the link names, not the card opened at their level, and neither their profile nor their marks.
     */
    @Test
    void anUnfurlShowsNoneOfThePastersProfile() {
        assertThat(requests.post(SlackRequests.slashCommand("me sre senior", slack.responseUrl("unused")))
                        .body())
                .contains("Saved: SRE");
        String overview = SITE + "skills/canary-releases";
        String level = SITE + "skills/canary-releases?level=senior&role=sre#senior-sre";
        String role = SITE + "skills/canary-releases?role=sre"; // its card's link dropped the role
        JsonNode unfurls = unfurled("1700000000.000400", overview, level, role);
        assertThat(heading(unfurls, overview)).isEqualTo("Canary Releases · overview");
        assertThat(unfurls.get(role).toString()).contains("\"url\":\"" + role + "\"");
        assertThat(unfurls.toString()).doesNotContain("You: SRE", "your level", "I do this", "Tip: me sre senior");
    }

    /**
     * Slack sends a shared link as its messages write it, {@code &} as {@code &amp;}: the page's role was read as
     * a parameter named {@code amp;role}, so the unfurl showed every role. The unfurl keeps the address as sent.
     */
    @Test
    void aLinkAsSlackEscapesItUnfurlsIntoWhatItShows() {
        String level = SITE + "skills/canary-releases?level=senior&amp;role=sre#senior-sre";
        String compare = SITE + "skills/canary-releases?from=lead&amp;to=principal";
        JsonNode unfurls = unfurled("1700000000.000500", level, compare);
        assertThat(unfurls.propertyNames()).containsExactly(level, compare);
        assertThat(unfurls.get(level).get("blocks").toString())
                .contains("Ties canary gates to SLOs")
                .doesNotContain("Flagger");
        assertThat(heading(unfurls, compare)).isEqualTo("Canary Releases · Lead → Principal");
    }

    /** The unfurls Slack is asked for after a message posted at {@code ts} shares {@code links}. */
    private static JsonNode unfurled(String ts, String... links) {
        long before = slack.calls("/api/chat.unfurl");
        requests.event(SlackEvents.linkShared(ts, List.of(links)));
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("/api/chat.unfurl") == before + 1);
        return JSON.readTree(
                slack.requests("/api/chat.unfurl").get((int) before).form().get("unfurls"));
    }

    private static String heading(JsonNode unfurls, String link) {
        return unfurls.get(link).get("blocks").get(0).get("text").get("text").asString();
    }

    @Test
    void aMessageWithoutLinksToThePagesCallsNothing() {
        long before = slack.calls("/api/chat.unfurl");
        assertThat(requests.event(SlackEvents.linkShared("1700000000.000200", List.of("https://example.org/a")))
                        .statusCode())
                .isEqualTo(200);
        // a later event that does unfurl proves the first one was handled and sent nothing
        String later = SITE + "skills/load-testing";
        requests.event(SlackEvents.linkShared("1700000000.000300", List.of(later)));
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("/api/chat.unfurl") == before + 1);
        assertThat(slack.requests("/api/chat.unfurl").get((int) before).form())
                .containsEntry("ts", "1700000000.000300");
    }
}
