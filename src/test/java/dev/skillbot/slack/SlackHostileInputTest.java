package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skillbot.testing.StreamingPost;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a stranger can send to {@code POST /slack/events}, through the real server: bodies too large
 * to hold, bodies Bolt cannot parse, signed or not, text made to forge log lines, and clicks on
 * controls no route knows. None of it gets a 500, a stack trace or a raw body in the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class SlackHostileInputTest {

    private static final long MB = 1024 * 1024;
    private static final String FORGED = "\n2026-01-01 ERROR forged";
    private static final List<String> MALFORMED = List.of(
            "payload=%7Bnot+json",
            "payload=[]",
            "payload=42",
            "a=%ZZ",
            "",
            "payload=" + encode("{\"type\":\"view_submission\"}"),
            "payload=" + encode("{\"type\":\"event_callback\"}"),
            "payload=" + encode("{\"type\":[1]}"),
            "payload=" + encode("{\"type\":\"block_actions\",\"actions\":7}"),
            "{}");

    static final FakeSlack slack = FakeSlack.start();

    @LocalServerPort
    int port;

    SlackRequests requests;

    @DynamicPropertySource
    static void slack(DynamicPropertyRegistry registry) {
        slack.httpMode(registry, SlackHttpTest.SECRET);
    }

    @AfterAll
    static void stopFake() {
        slack.close();
    }

    @BeforeEach
    void client() {
        requests = new SlackRequests(port, SlackHttpTest.SECRET);
    }

    @Test
    void bodiesOverTheLimitAreRefusedWith413BeforeTheyAreRead() {
        Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded");
        for (boolean chunked : List.of(false, true)) {
            StreamingPost.Result result =
                    StreamingPost.send(port, SlackConfiguration.EVENTS_PATH, 200 * MB, chunked, form);

            assertThat(result.status()).as("chunked %s", chunked).isEqualTo(413);
            assertThat(result.written())
                    .as("bytes the server took, chunked %s", chunked)
                    .isLessThan(200 * MB);
        }
        assertThat(command("canary senior").statusCode()).isEqualTo(200);
    }

    @Test
    void theLimitIsOneMegabyteOfSignedBody() {
        String command = SlackRequests.slashCommand("canary senior", slack.responseUrl("unused")) + "&pad=";
        String atLimit = command + "x".repeat((int) (MB - command.length()));

        assertThat(requests.post(atLimit).statusCode()).isEqualTo(200);
        assertThat(requests.post(atLimit + "x").statusCode()).isEqualTo(413);
    }

    @Test
    void malformedBodiesGet401UnsignedAnd400SignedWithoutAStackTrace(CapturedOutput output) {
        int from = output.getAll().length();
        for (String body : MALFORMED) {
            HttpResponse<String> unsigned = requests.post(body, null, null);
            HttpResponse<String> signed = requests.post(body);

            assertThat(unsigned.statusCode()).as("unsigned %s", body).isEqualTo(401);
            assertThat(signed.statusCode()).as("signed %s", body).isEqualTo(400);
            assertThat(unsigned.body() + signed.body())
                    .as(body)
                    .hasSizeLessThan(200)
                    .doesNotContain("Exception");
        }
        String during = output.getAll().substring(from);
        assertThat(during).doesNotContain("\tat ", " ERROR ");
    }

    /** JSON is the Events API's (the Home tab's app_home_opened); anything else that is no form gets 400. */
    @Test
    void aSignedRequestThatIsNeitherAFormNorJsonGets400() {
        String body = "{\"type\":\"url_verification\",\"challenge\":\"x\"}";
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        String signature = SlackRequests.signature(SlackHttpTest.SECRET, timestamp, body);

        assertThat(requests.post(body, timestamp, signature, "text/plain").statusCode())
                .isEqualTo(400);
        HttpResponse<String> json = requests.post(body, timestamp, signature, "application/json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("x");
        assertThat(requests.post(body, timestamp, null, "application/json").statusCode())
                .isEqualTo(401);
    }

    @Test
    void userTextCannotForgeALogLineAndRawBodiesAreNeverLogged(CapturedOutput output) {
        String url = slack.responseUrl("forged");

        assertThat(requests.post("secret=raw-body" + FORGED, null, null).statusCode())
                .isEqualTo(401);
        assertThat(requests.post("secret=raw-body" + FORGED).statusCode()).isEqualTo(400);
        assertThat(requests.post("payload=" + encode("{\"type\":\"x" + FORGED.replace("\n", "\\n") + "\"}"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(requests.post("payload=" + encode("{\"type\":\"x\"}" + FORGED))
                        .statusCode())
                .isEqualTo(400);
        assertThat(command("canary" + FORGED).statusCode()).isEqualTo(200);
        Map<String, String> otherCommand = SlackRequests.slashCommandFields("canary", url);
        otherCommand.put("command", "/skill" + FORGED);
        assertThat(requests.post(SlackRequests.form(otherCommand)).statusCode()).isEqualTo(400);
        assertThat(requests.post(SlackRequests.blockActions(SlackRequests.privateCardAction(
                                SlackRequests.button("sb1:retired" + FORGED, "x"), url)))
                        .statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("/response/forged") == 1);
        assertThat(requests.post(SlackRequests.blockActions(SlackRequests.viewSubmission(
                                "sb1:retired" + FORGED, "", Map.of(), SlackRequests.USER, "alice")))
                        .statusCode())
                .isEqualTo(200);

        assertThat(output.getAll().lines()).noneMatch(line -> line.startsWith("2026-01-01 ERROR forged"));
        assertThat(output.getAll())
                .contains("payload type \"x\\n2026-01-01 ERROR forged\"")
                .doesNotContain("raw-body");
    }

    @Test
    void aClickNoRouteTakesIsAckedAndTheClickerGetsAPrivateNote() {
        for (String id : List.of("sb1:retired:canary-releases senior", "another_apps_button")) {
            String url = slack.responseUrl("stale-" + id.length());

            HttpResponse<String> ack = requests.post(
                    SlackRequests.blockActions(SlackRequests.privateCardAction(SlackRequests.button(id, "Old"), url)));

            assertThat(ack.statusCode()).as(id).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("/response/stale-" + id.length()) == 1);
            SlackMessageJson note = SlackMessageJson.parse(
                    slack.bodies("/response/stale-" + id.length()).get(0));
            assertThat(note.field("response_type")).isEqualTo("ephemeral");
            assertThat(note.node().path("replace_original").asBoolean(true)).isFalse();
            assertThat(note.node().toString())
                    .contains("no longer does anything")
                    .contains("/skill");
        }
    }

    @Test
    void aFormNoRouteTakesIsAnsweredWithANoteThatNothingWasSaved() {
        HttpResponse<String> form = requests.post(SlackRequests.blockActions(SlackRequests.viewSubmission(
                "sb1:retired-form:canary-releases", "", Map.of(), SlackRequests.USER, "alice")));

        assertThat(form.statusCode()).isEqualTo(200);
        SlackMessageJson update = SlackMessageJson.parse(form.body());
        assertThat(update.field("response_action")).isEqualTo("update");
        assertThat(update.node().path("view").toString()).contains("nothing was saved");
    }

    private HttpResponse<String> command(String text) {
        return requests.post(SlackRequests.slashCommand(text, slack.responseUrl("unused")));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
