package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import dev.skillbot.chat.Platform;
import dev.skillbot.cli.Cli;
import dev.skillbot.digest.Scope;
import dev.skillbot.digest.Subscription;
import dev.skillbot.digest.Subscriptions;
import dev.skillbot.digest.follow.Follows;
import dev.skillbot.testing.FixtureCatalog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real server on a random port, receiving signed requests the way Slack sends them, with a
 * local fake of the Web API and of the response_url endpoints.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlackHttpTest {

    /** The signing secret of Slack's published test vector. */
    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

    static final String VECTOR_TIMESTAMP = "1531420618";
    static final String VECTOR_BODY =
            "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
                    + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
                    + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
                    + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    static final String VECTOR_SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    static final FakeSlack slack = FakeSlack.start();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    Follows follows;

    @Autowired
    App app;

    SlackRequests requests;

    @DynamicPropertySource
    static void slack(DynamicPropertyRegistry registry) {
        slack.httpMode(registry, SECRET);
    }

    @AfterAll
    static void stopFake() {
        slack.close();
    }

    @BeforeEach
    void client() {
        requests = new SlackRequests(port, SECRET);
    }

    /** manifest.yml subscribes to link_shared; without a public address there is nothing to unfurl, but it is acked. */
    @Test
    void aSharedLinkIsAckedWithoutAnUnfurlWhenThePagesHaveNoPublicAddress() {
        HttpResponse<String> response = requests.event(SlackEvents.linkShared(
                "1700000000.000900", List.of("https://skills.example.com/skills/canary-releases")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(slack.calls("/api/chat.unfurl")).isZero();
    }

    @Test
    void slashCommandIsAnsweredPrivatelyInTheAckWithTheJsonAskPrints() {
        // when
        HttpResponse<String> response =
                requests.post(SlackRequests.slashCommand("canary senior", slack.responseUrl("unused")));

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        SlackMessageJson message = SlackMessageJson.parse(response.body());
        assertThat(message.field("response_type")).isEqualTo("ephemeral");
        assertThat(message.header()).isEqualTo("Canary Releases · Senior");
        assertThat(message.buttonLabels())
                .containsExactly(
                        "◀ Middle", "Lead ▶", "Compare with Lead", "Share in channel", "Suggest edit", "Follow");
        assertThat(response.body()).isEqualTo(ask("canary senior"));
        assertThat(slack.calls("/response/unused")).isZero();
    }

    @Test
    void aKeptAnswerGoesOutExactlyAsBoltsOwnServletWritingSendsIt() throws Exception {
        String command = SlackRequests.slashCommand("canary senior", slack.responseUrl("unused"));
        try (RawHttpConnection connection = new RawHttpConnection(port)) {
            // given: the answer drawn, then the same answer kept; and a plain Bolt command answering the same JSON
            RawHttpConnection.Answer drawn = connection.send(SlackRequests.rawPost(port, SECRET, command));
            RawHttpConnection.Answer kept = connection.send(SlackRequests.rawPost(port, SECRET, command));
            String json = new String(kept.body(), StandardCharsets.UTF_8);
            app.command("/bolt-plain", (request, context) -> Response.json(200, json));

            // when
            RawHttpConnection.Answer bolts =
                    connection.send(SlackRequests.rawPost(port, SECRET, command.replace("%2Fskill", "%2Fbolt-plain")));

            // then: status line, headers (but the date) and body bytes are Bolt's own
            assertThat(json).isEqualTo(ask("canary senior"));
            for (RawHttpConnection.Answer answer : List.of(drawn, kept)) {
                assertThat(withoutDate(answer.head())).isEqualTo(withoutDate(bolts.head()));
                assertThat(answer.body()).isEqualTo(bolts.body());
            }
            assertThat(bolts.head()).containsIgnoringCase("Content-Length: " + bolts.body().length + "\r\n");
        }
    }

    private static String withoutDate(String head) {
        return head.replaceAll("(?im)^date: .*\r\n", "");
    }

    @Test
    void authTestRunsOnceAtStartUpAndNeverBeforeAnAck() {
        for (String text : List.of("canary", "help", "list")) {
            assertThat(requests.post(SlackRequests.slashCommand(text, slack.responseUrl("unused")))
                            .statusCode())
                    .isEqualTo(200);
        }
        assertThat(slack.calls("/api/auth.test")).isEqualTo(1);
    }

    @Test
    void publishedTestVectorSignsAsSlackSaysAndItsSecretIsAccepted() {
        assertThat(SlackRequests.signature(SECRET, VECTOR_TIMESTAMP, VECTOR_BODY))
                .isEqualTo(VECTOR_SIGNATURE);

        // the vector itself is years old, so it is refused as stale; signed now, the same body passes
        // verification and reaches routing, which has no /webhook-collect command
        assertThat(requests.post(VECTOR_BODY, VECTOR_TIMESTAMP, VECTOR_SIGNATURE)
                        .statusCode())
                .isEqualTo(401);
        assertThat(requests.post(VECTOR_BODY).statusCode()).isEqualTo(404);
        assertThat(requests.post(VECTOR_BODY.replace("%2Fwebhook-collect", "%2Fskill"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void forgedStaleAndMissingSignaturesGet401() {
        String body = SlackRequests.slashCommand("canary senior", slack.responseUrl("unused"));
        String now = String.valueOf(Instant.now().getEpochSecond());
        String stale = String.valueOf(Instant.now().minus(Duration.ofMinutes(6)).getEpochSecond());

        assertThat(requests.post(body, now, SlackRequests.signature("not-the-secret", now, body))
                        .statusCode())
                .isEqualTo(401);
        assertThat(requests.post(body + "x", now, SlackRequests.signature(SECRET, now, body))
                        .statusCode())
                .isEqualTo(401);
        assertThat(requests.post(body, stale, SlackRequests.signature(SECRET, stale, body))
                        .statusCode())
                .isEqualTo(401);
        assertThat(requests.post(body, now, null).statusCode()).isEqualTo(401);
        assertThat(requests.post(body, null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void navigationButtonOnAPrivateCardReplacesItThroughTheResponseUrl() {
        SlackMessageJson card = command("canary senior");
        String url = slack.responseUrl("next");

        // when: the payload of an ephemeral card has no message, only a container
        HttpResponse<String> ack = requests.post(SlackRequests.blockActions(
                SlackRequests.privateCardAction(SlackRequests.button(card.buttonActionId("Lead ▶"), "Lead ▶"), url)));

        // then
        assertThat(ack.statusCode()).isEqualTo(200);
        SlackMessageJson replaced = awaitOne("/response/next");
        assertThat(replaced.node().path("replace_original").asBoolean()).isTrue();
        assertThat(replaced.header()).isEqualTo("Canary Releases · Lead");
        assertThat(replaced.buttonLabels()).contains("◀ Senior", "Principal ▶");
    }

    @Test
    void levelPickerAndRoleFilterReplaceTheCard() {
        SlackMessageJson card = command("canary senior");

        requests.post(SlackRequests.blockActions(SlackRequests.channelCardAction(
                SlackRequests.select("sb1:pick:level", "Principal", card.optionValue("sb1:pick:level", "Principal")),
                slack.responseUrl("level"))));
        requests.post(SlackRequests.blockActions(SlackRequests.privateCardAction(
                SlackRequests.select(
                        "sb1:pick:role", "Platform Engineer", card.optionValue("sb1:pick:role", "Platform Engineer")),
                slack.responseUrl("role"))));

        assertThat(awaitOne("/response/level").header()).isEqualTo("Canary Releases · Principal");
        SlackMessageJson filtered = awaitOne("/response/role");
        assertThat(filtered.sectionTexts()).hasSize(1).first().asString().startsWith("*Platform Engineer*");
    }

    @Test
    void shareInChannelPostsTheSameCardVisiblyThenDeletesThePrivateOne() {
        SlackMessageJson card = command("canary senior");

        requests.post(SlackRequests.blockActions(SlackRequests.privateCardAction(
                SlackRequests.button(card.buttonActionId("Share in channel"), "Share in channel"),
                slack.responseUrl("share"))));

        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("/response/share") == 2);
        List<SlackMessageJson> sent = slack.bodies("/response/share").stream()
                .map(SlackMessageJson::parse)
                .toList();
        assertThat(sent.get(0).field("response_type")).isEqualTo("in_channel");
        assertThat(sent.get(0).node().path("replace_original").asBoolean()).isFalse();
        assertThat(sent.get(0).node().path("blocks")).isEqualTo(card.node().path("blocks"));
        assertThat(sent.get(1).node().path("delete_original").asBoolean()).isTrue();
    }

    @Test
    void undecodableOrMismatchedActionValuesAreAckedAndIgnored() {
        String url = slack.responseUrl("garbage");
        List<Map<String, Object>> actions = List.of(
                SlackRequests.select("sb1:pick:level", "x", "not an action id"),
                SlackRequests.select("sb1:pick:level", "x", "sb1:share:canary-releases senior"),
                SlackRequests.select("sb1:pick:level", "x", "sb1:nope:canary-releases senior"),
                SlackRequests.button("sb1:share", "x"),
                SlackRequests.button("sb1:show:" + "x".repeat(300), "x"));

        for (Map<String, Object> action : actions) {
            assertThat(requests.post(SlackRequests.blockActions(SlackRequests.privateCardAction(action, url)))
                            .statusCode())
                    .isEqualTo(200);
        }

        // then: a valid click sent after them to the same response_url gets the only answer there. Answers
        // start in the order their clicks were acknowledged, so an answer to any of the values above would
        // have started before this one, and would have come first.
        assertThat(requests.post(SlackRequests.blockActions(SlackRequests.privateCardAction(
                                SlackRequests.button("sb1:show:canary-releases lead", "Lead ▶"), url)))
                        .statusCode())
                .isEqualTo(200);
        assertThat(awaitOne("/response/garbage").header()).isEqualTo("Canary Releases · Lead");
        assertThat(slack.calls("/response/garbage")).isEqualTo(1);
    }

    @Test
    void digestSubscribeInAChannelStoresTheSubscriptionAndPreviewAnswersWithTheDigestCard() {
        SlackMessageJson subscribed = command("digest subscribe operations");

        assertThat(subscribed.field("response_type")).isEqualTo("ephemeral");
        assertThat(subscribed.node().toString()).contains("This channel now gets the weekly digest for Operations");
        Subscription subscription =
                subscriptions.find(Platform.SLACK, SlackRequests.CHANNEL).orElseThrow();
        assertThat(subscription.scope()).isEqualTo(new Scope(Scope.Kind.DOMAIN, "operations"));
        assertThat(subscription.workspace()).isEqualTo(SlackRequests.TEAM);
        assertThat(subscription.createdBy()).isEqualTo(SlackRequests.USER);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !slack.posted(SlackRequests.CHANNEL).isEmpty());
        assertThat(slack.posted(SlackRequests.CHANNEL).get(0).get("text"))
                .as("the channel is told, which is how a channel Skillbot cannot post in is found at once")
                .asString()
                .startsWith("This channel now gets the weekly digest for Operations");

        SlackMessageJson preview = command("digest preview");
        assertThat(preview.header()).startsWith("Weekly skills digest · ").endsWith(" · Operations");
        assertThat(BlockKitLimits.violations(preview.node())).isEmpty();

        // "unsubscribe operations" would stop the whole digest, not a part: the words are named and nothing changes
        assertThat(command("digest unsubscribe operations").node().toString())
                .contains("Nothing was changed: “operations” was not understood.");
        assertThat(subscriptions.find(Platform.SLACK, SlackRequests.CHANNEL)).isPresent();
        assertThat(command("digest unsubscribe").node().toString()).contains("no longer gets the weekly digest");
        assertThat(subscriptions.find(Platform.SLACK, SlackRequests.CHANNEL)).isEmpty();
    }

    /** A private channel Skillbot was not invited to, or a direct message between two people, would never get it. */
    @Test
    void aChannelSkillbotCannotPostInIsNotSubscribedAndTheSubscriberIsToldPrivately() {
        String closed = "C0CLOSED";
        slack.removeChannel(closed);
        Map<String, String> fields = SlackRequests.slashCommandFields("digest subscribe", slack.responseUrl("unused"));
        fields.put("channel_id", closed);

        assertThat(requests.post(SlackRequests.form(fields)).body())
                .contains("This channel now gets the weekly digest");

        await().atMost(Duration.ofSeconds(10))
                .until(() -> !slack.posted(SlackRequests.USER).isEmpty());
        assertThat(slack.posted(SlackRequests.USER).get(0).get("text"))
                .asString()
                .startsWith("Skillbot could not post in the channel you subscribed to the weekly digest, so it is not"
                        + " subscribed: add Skillbot to the channel");
        assertThat(subscriptions.find(Platform.SLACK, closed)).isEmpty();
    }

    @Test
    void followAnswersPrivatelyAndLeavesTheCardAsItWas() {
        SlackMessageJson card = command("canary senior");

        requests.post(SlackRequests.blockActions(SlackRequests.privateCardAction(
                SlackRequests.button(card.buttonActionId("Follow"), "Follow"), slack.responseUrl("follow"))));

        SlackMessageJson note = awaitOne("/response/follow");
        assertThat(note.field("response_type")).isEqualTo("ephemeral");
        assertThat(note.node().path("replace_original").asBoolean(true)).isFalse();
        assertThat(note.node().toString()).contains("You now follow Canary Releases");
        assertThat(follows.isFollowing(Platform.SLACK, SlackRequests.USER, "canary-releases"))
                .isTrue();
    }

    /** {@code /skill follow load testing} answered that Load Testing "has no level or role “follow”". */
    @Test
    void followTypedByHandFollowsOnceAndUnfollowStopsIt() {
        SlackMessageJson followed = command("follow load testing");
        assertThat(followed.field("response_type")).isEqualTo("ephemeral");
        assertThat(followed.node().toString()).contains("You now follow Load Testing");
        assertThat(command("follow load-testing").node().toString())
                .contains("You already follow Load Testing; nothing changed.");
        assertThat(follows.followedBy(Platform.SLACK, SlackRequests.USER).stream()
                        .filter(follow -> follow.skillId().equals("load-testing")))
                .hasSize(1);

        assertThat(command("unfollow load testing").node().toString()).contains("You no longer follow Load Testing.");
        assertThat(follows.isFollowing(Platform.SLACK, SlackRequests.USER, "load-testing"))
                .isFalse();
    }

    @Test
    void aboutAndHealthReportSlackConnected() throws Exception {
        assertThat(command("about").node().toString()).contains("Slack HTTP on POST /slack/events");

        java.net.http.HttpResponse<String> health = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://127.0.0.1:" + managementPort + "/actuator/health"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(SlackMessageJson.parse(health.body())
                        .node()
                        .path("components")
                        .path("platforms")
                        .path("details")
                        .path("Slack")
                        .asString())
                .isEqualTo("connected: HTTP on POST /slack/events");
    }

    /** A lookup of only a mention, as Slack sends it escaped ({@code <!channel>}), says it is no skill and leaves the mention out. */
    @Test
    void aLookupOfOnlyAMentionIsSaidToBeNoSkillWithoutTheMention() {
        for (String typed : List.of("<!channel>", "<@U123|ann>", "<!subteam^S1|@team> senior")) {
            SlackMessageJson message = command(typed);

            assertThat(message.sectionTexts())
                    .as(typed)
                    .anySatisfy(text -> assertThat(text).startsWith("A mention names a person or a channel"));
            assertThat(message.node().toString()).doesNotContain("!channel", "U123", "subteam");
        }
    }

    @Test
    void echoedMentionsAreEscaped() {
        SlackMessageJson message = command("<!channel> <@U123> <!here> & co");

        assertThat(message.node().toString()).doesNotContain("<!channel>", "<@U123>", "<!here>");
        assertThat(message.header()).contains("&lt;!channel&gt; &lt;@U123&gt; &lt;!here&gt; &amp; co");
        assertThat(BlockKitLimits.violations(message.node())).isEmpty();
    }

    private SlackMessageJson command(String text) {
        HttpResponse<String> response = requests.post(SlackRequests.slashCommand(text, slack.responseUrl("unused")));
        assertThat(response.statusCode()).isEqualTo(200);
        return SlackMessageJson.parse(response.body());
    }

    private static SlackMessageJson awaitOne(String path) {
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls(path) == 1);
        return SlackMessageJson.parse(slack.bodies(path).get(0));
    }

    private static String ask(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new Cli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        System.err,
                        Map.of(Cli.CATALOG_ENV, FixtureCatalog.DIR.toString()),
                        Map.of("slack", new SlackCardRenderer()::json))
                .run(new String[] {"ask", text, "--format", "slack"});
        assertThat(status).isZero();
        return out.toString(StandardCharsets.UTF_8).strip();
    }
}
