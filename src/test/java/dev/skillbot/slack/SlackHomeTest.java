package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skillbot.testing.FixtureCatalog;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The App Home tab through the real Bolt app over HTTP and the fake Slack: {@code app_home_opened}
 * publishes the tab for the user who opened it, the search box's options come from the matcher
 * through {@code block_suggestion}, and a choice in the tab publishes it again with the card on top.
 */
class SlackHomeTest {

    private static final String SECRET = "home-test-secret";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final FakeSlack slack = FakeSlack.start();
    private static SlackApp app;
    private static SlackRequests requests;

    @BeforeAll
    static void start() {
        app = SlackApp.http(slack, SECRET, null);
        requests = new SlackRequests(app.port(), SECRET);
    }

    @AfterAll
    static void stop() {
        app.close();
        slack.close();
    }

    @Test
    void openingTheHomeTabPublishesItForThatUserWithTheProfileAndSearch() {
        requests.post(SlackRequests.slashCommand("me sre senior", slack.responseUrl("unused")));
        app.settled(); // the profile's change published the tab too
        long before = slack.calls("/api/views.publish");

        assertThat(requests.event(SlackEvents.homeOpened("U0ALICE")).statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("/api/views.publish") == before + 1);
        List<FakeSlack.Received> all = slack.requests("/api/views.publish");
        FakeSlack.Received published = all.get(all.size() - 1);
        assertThat(published.form()).containsEntry("user_id", "U0ALICE");
        JsonNode view = JSON.readTree(published.form().get("view"));
        assertThat(view.path("type").asString()).isEqualTo("home");
        assertThat(view.path("blocks").size()).isBetween(3, SlackHome.MAX_BLOCKS);
        assertThat(view.path("blocks")
                        .get(0)
                        .path("elements")
                        .get(0)
                        .path("type")
                        .asString())
                .isEqualTo("external_select");
        assertThat(view.toString())
                .contains("SRE · Senior", "Lead readiness: 0 of 3 required expectations (0%)", "Promotion checklist");
        // a view has no message text: the blocks after the search box are checked as a message's, with a text beside
        // them
        tools.jackson.databind.node.ArrayNode rest = JSON.createArrayNode();
        view.path("blocks").forEach(rest::add);
        rest.remove(0);
        assertThat(BlockKitLimits.violations(JSON.readTree("{\"text\":\"Home\",\"blocks\":" + rest + "}")))
                .allMatch(violation -> violation.startsWith("blocks: ") && violation.contains("(0 to 50)"));
    }

    @Test
    void theHomeTabListsTheSkillsTheUserFollows() {
        requests.post(SlackRequests.blockActions(SlackRequests.privateCardAction(
                SlackRequests.button("sb1:follow:" + FixtureCatalog.RELEASE_TRAINS, "Follow"),
                slack.responseUrl("home-follow"))));
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("/response/home-follow") == 1);
        app.settled(); // the Follow published the tab too
        long before = slack.calls("/api/views.publish");

        assertThat(requests.event(SlackEvents.homeOpened(SlackRequests.USER)).statusCode())
                .isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("/api/views.publish") == before + 1);
        List<FakeSlack.Received> published = slack.requests("/api/views.publish");
        String view = published.get(published.size() - 1).form().get("view");
        assertThat(view).contains("Skills you follow", "• Release Trains");
    }

    /** Follow clicked in the Home tab (no response_url) follows, and the tab is published again listing it. */
    @Test
    void followInTheHomeTabFollowsAndPublishesTheTabAgain() {
        app.settled();
        long before = slack.calls("/api/views.publish");

        requests.post(SlackRequests.blockActions(
                SlackRequests.homeAction(SlackRequests.button("sb1:follow:" + FixtureCatalog.LOAD_TESTING, "Follow"))));

        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("/api/views.publish") == before + 1);
        FakeSlack.Received published = slack.requests("/api/views.publish").get((int) before);
        assertThat(published.form()).containsEntry("user_id", "U0BOB");
        SlackMessageJson view = SlackMessageJson.parse(published.form().get("view"));
        assertThat(view.header()).isEqualTo("Load Testing · overview");
        assertThat(view.node().toString()).contains("Skills you follow", "• Load Testing");
    }

    @Test
    void theSearchBoxOffersSkillsFromTheTypoTolerantMatcherAndAChoicePublishesTheTabAgain() {
        HttpResponse<String> options = requests.post(
                SlackRequests.blockActions(SlackEvents.blockSuggestion(SlackHomeSearch.SEARCH, "canray")));
        assertThat(options.statusCode()).isEqualTo(200);
        JsonNode offered = JSON.readTree(options.body()).path("options");
        assertThat(offered.get(0).path("text").path("text").asString()).isEqualTo("Canary Releases");
        assertThat(offered.get(0).path("value").asString()).isEqualTo("sb1:show:canary-releases");

        app.settled();
        long before = slack.calls("/api/views.publish");
        requests.post(SlackRequests.blockActions(SlackRequests.homeAction(
                SlackRequests.select(SlackHomeSearch.SEARCH, "Canary Releases", "sb1:show:canary-releases"))));

        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("/api/views.publish") == before + 1);
        FakeSlack.Received published = slack.requests("/api/views.publish").get((int) before);
        assertThat(published.form()).containsEntry("user_id", "U0BOB");
        JsonNode view = JSON.readTree(published.form().get("view"));
        assertThat(view.path("blocks").get(1).path("text").path("text").asString())
                .startsWith("Canary Releases");
        assertThat(view.toString())
                .as("the Home tab is no channel: a Share in channel button there would do nothing")
                .doesNotContain("sb1:share:")
                .contains("sb1:follow:");
    }

    /** A tick in the Home tab (no response_url) marks the cell and publishes the tab again with the ticked card on top. */
    @Test
    void aTickInTheHomeTabMarksAndPublishesTheTabAgain() {
        Map<String, String> fields = SlackRequests.slashCommandFields("me sre senior", slack.responseUrl("unused"));
        fields.put("user_id", "U0BOB");
        requests.post(SlackRequests.form(fields));
        app.settled();
        String choose = "sb1:choose:me mark canary-releases senior sre canary-releases senior sre";

        long before = slack.calls("/api/views.publish");
        requests.post(SlackRequests.blockActions(SlackRequests.homeAction(
                SlackRequests.checkboxes(choose, List.of(Map.of("text", "I do this: SRE", "value", "0"))))));

        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("/api/views.publish") == before + 1);
        FakeSlack.Received published = slack.requests("/api/views.publish").get((int) before);
        assertThat(published.form()).containsEntry("user_id", "U0BOB");
        SlackMessageJson view = SlackMessageJson.parse(published.form().get("view"));
        assertThat(view.header()).isEqualTo("Canary Releases · Senior");
        assertThat(view.checkboxStates()).containsEntry("I do this: SRE", true);
    }

    /**
     * Privacy: me forget confirmed on the private message, not in the tab, publishes the Home tab again at once, without
     * the profile and readiness it showed (Slack keeps the last view published until the tab is opened again).
     */
    @Test
    void aForgetConfirmedElsewherePublishesTheHomeTabWithoutThePersonsData() {
        String user = "U0FAY";
        commandAs(user, "me sre senior");
        requests.event(SlackEvents.homeOpened(user));
        assertThat(app.lastHomeOf(slack, user, 0))
                .hasValueSatisfying(
                        view -> assertThat(view.node().toString()).contains("SRE · Senior", "Lead readiness"));
        long before = slack.calls("/api/views.publish");
        forgetConfirmedOnItsMessage(user, "fay");

        assertNothingOfTheProfileIn(app.lastHomeOf(slack, user, before));
    }

    /**
     * Privacy on a slow network: the tab read before me forget, slow to reach Slack, is not published over the one
     * read after the forget (Slack shows the last view it got); one person's tab is drawn by one task at a time.
     */
    @Test
    void aHomeTabReadBeforeAForgetNeverLandsAfterTheOneReadAfterIt() {
        String user = "U0HAL";
        commandAs(user, "me sre senior");
        app.settled();
        long before = slack.calls("/api/views.publish");
        CountDownLatch slowNetwork = slack.delayNextArrival("views.publish");
        requests.event(SlackEvents.homeOpened(user));
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.onTheWay() == 1); // read with the profile
        forgetConfirmedOnItsMessage(user, "hal");
        AfterAckExecutor afterAck = app.bean(AfterAckExecutor.class);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> slack.calls("/api/views.publish") > before || afterAck.waitingForTheirTurn() == 1);
        slowNetwork.countDown();

        assertNothingOfTheProfileIn(app.lastHomeOf(slack, user, before));
    }

    /** {@code user} types me forget and confirms it on the private message it answers with (not in the tab). */
    private static void forgetConfirmedOnItsMessage(String user, String name) {
        String confirm = commandAs(user, "me forget").buttonActionId("Yes, forget me");
        requests.post(SlackRequests.blockActions(SlackRequests.as(
                SlackRequests.privateCardAction(
                        SlackRequests.button(confirm, "Yes, forget me"), slack.responseUrl("forget-" + name)),
                user,
                name)));
    }

    private static void assertNothingOfTheProfileIn(java.util.Optional<SlackMessageJson> lastHome) {
        assertThat(lastHome)
                .hasValueSatisfying(view -> assertThat(view.node().toString())
                        .doesNotContain("SRE · Senior", "Lead readiness")
                        .contains("You have no profile yet"));
    }

    /**
     * Several replicas: a click on a Home view that another replica has published over since (after a change there)
     * is refused by Slack (hash_conflict), and the tab is drawn again from what is stored now, with the click's answer.
     */
    @Test
    void aClickOnAHomeViewPublishedOverElsewhereIsDrawnAgainFromWhatIsStored() {
        String user = "U0IVY";
        commandAs(user, "me sre senior");
        app.settled();
        String seen = slack.homeHash(user);
        slack.homePublishedElsewhere(user);
        long before = slack.calls("/api/views.publish");
        Map<String, Object> click = SlackRequests.as(
                SlackRequests.homeAction(
                        SlackRequests.select(SlackHomeSearch.SEARCH, "Canary Releases", "sb1:show:canary-releases")),
                user,
                "ivy");
        click.put("view", Map.of("id", "V0HOME", "type", "home", "team_id", SlackRequests.TEAM, "hash", seen));

        requests.post(SlackRequests.blockActions(click));

        SlackMessageJson last = app.lastHomeOf(slack, user, before).orElseThrow();
        List<Map<String, String>> sent = publishedSince(before);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0)).containsEntry("hash", seen);
        assertThat(sent.get(1)).doesNotContainKey("hash");
        assertThat(last.header()).isEqualTo("Canary Releases · overview");
        assertThat(last.node().toString()).contains("SRE · Senior");
    }

    /**
     * Several replicas: the redraw after a change names the view this process last published; when another replica
     * has published the tab since, Slack refuses it and the tab is drawn again from what is stored now.
     */
    @Test
    void aRedrawAfterAChangeDoesNotReplaceAViewAnotherReplicaPublishedUnseen() {
        String user = "U0JOE";
        commandAs(user, "me sre senior");
        app.settled();
        String ours = slack.homeHash(user);
        slack.homePublishedElsewhere(user);
        long before = slack.calls("/api/views.publish");

        commandAs(user, "me lead");

        SlackMessageJson last = app.lastHomeOf(slack, user, before).orElseThrow();
        List<Map<String, String>> sent = publishedSince(before);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0)).containsEntry("hash", ours);
        assertThat(sent.get(1)).doesNotContainKey("hash");
        assertThat(last.node().toString()).contains("SRE · Lead");
    }

    /**
     * A level or a language set by command, and a mark ticked on a message, publish the Home tab again as they now
     * are; a lookup or an export, which change nothing the tab shows, do not.
     */
    @Test
    void aProfileChangeOrAMarkMadeElsewherePublishesTheHomeTabAgain() {
        String user = "U0GUS";
        commandAs(user, "me sre senior");
        long before = slack.calls("/api/views.publish");
        commandAs(user, "me lead");
        assertThat(app.lastHomeOf(slack, user, before))
                .hasValueSatisfying(view -> assertThat(view.node().toString()).contains("SRE · Lead"));

        SlackMessageJson card = commandAs(user, "canary lead");
        before = slack.calls("/api/views.publish");
        requests.post(SlackRequests.blockActions(SlackRequests.as(
                SlackRequests.privateCardAction(
                        SlackRequests.checkboxes(
                                card.checkboxes().path("action_id").asString(),
                                card.selectedAfterFlipping("I do this: SRE")),
                        slack.responseUrl("home-elsewhere-tick")),
                user,
                "gus")));
        assertThat(app.lastHomeOf(slack, user, before))
                .hasValueSatisfying(view -> assertThat(view.node().toString()).contains("SRE · Lead"));

        before = slack.calls("/api/views.publish");
        commandAs(user, "me lang zh-CN");
        assertThat(app.lastHomeOf(slack, user, before))
                .hasValueSatisfying(view -> assertThat(view.node().toString()).contains("语言：zh-CN"));

        before = slack.calls("/api/views.publish");
        commandAs(user, "canary senior");
        commandAs(user, "me export");
        assertThat(app.lastHomeOf(slack, user, before)).isEmpty();
    }

    /** Follow on a message (not in the tab): the tab, which lists the skills followed, is published again. */
    @Test
    void followOnAMessagePublishesTheHomeTabWithTheSkillListed() {
        long before = slack.calls("/api/views.publish");
        requests.post(SlackRequests.blockActions(SlackRequests.as(
                SlackRequests.privateCardAction(
                        SlackRequests.button("sb1:follow:" + FixtureCatalog.LOAD_TESTING, "Follow"),
                        slack.responseUrl("home-elsewhere-follow")),
                "U0HAL",
                "hal")));

        assertThat(app.lastHomeOf(slack, "U0HAL", before))
                .hasValueSatisfying(
                        view -> assertThat(view.node().toString()).contains("Skills you follow", "• Load Testing"));
    }

    private static SlackMessageJson commandAs(String user, String text) {
        Map<String, String> fields = SlackRequests.slashCommandFields(text, slack.responseUrl("unused"));
        fields.put("user_id", user);
        HttpResponse<String> response = requests.post(SlackRequests.form(fields));
        assertThat(response.statusCode()).isEqualTo(200);
        return SlackMessageJson.parse(response.body());
    }

    /** The views.publish calls after the first {@code before}, as their form fields. */
    private static List<Map<String, String>> publishedSince(long before) {
        return slack.requests("/api/views.publish").stream()
                .skip(before)
                .map(FakeSlack.Received::form)
                .toList();
    }
}
