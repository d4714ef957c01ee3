package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/**
 * Issue 5 end to end over HTTP: signed clicks and modal submissions through Bolt, the fake Web
 * API, a database that can go away, and a catalog in a temporary Git repository that an approval
 * edits and commits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlackSuggestionsTest {

    static final String SECRET = SlackHttpTest.SECRET;
    static final String REVIEWS = "C0REVIEW";
    static final String SUBMIT = "sb1:suggested:canary-releases:en";
    static final String OLD_TEXT = "Ties canary gates to SLOs: a rollout that burns error budget";
    static final FakeSlack slack = FakeSlack.start();
    static final Path catalog = gitCatalog();

    @LocalServerPort
    int port;

    @Autowired
    TestDatabases.Switchable database;

    SlackRequests requests;

    @TestConfiguration
    static class Fakes {

        @Bean
        @Primary
        TestDatabases.Switchable switchableDatabase() {
            return new TestDatabases.Switchable(TestDatabases.h2());
        }

        @Bean
        Sleeper noWaiting() {
            return duration -> {};
        }
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("skillbot.slack.bot-token", () -> "xoxb-test-token");
        registry.add("skillbot.slack.signing-secret", () -> SECRET);
        registry.add("skillbot.slack.api-url", slack::apiUrl);
        registry.add("skillbot.slack.reviewers", () -> "U0REVIEWER,S0LEADS");
        registry.add("skillbot.slack.review-channel", () -> REVIEWS);
        registry.add("skillbot.catalog.dir", catalog::toString);
        // The simulated outage also fails the background jobs that run meanwhile (the digest ticker's first beat
        // at start-up, the review outbox), which can open the database's circuit; a call after the database is
        // back then passes as the probe at once, so each test starts from a database that answers.
        // DatabaseGuardTest and SlackDatabaseOutageTest cover the circuit's timing.
        registry.add("skillbot.database.probe-after", () -> "1ms");
        slack.userGroup("S0LEADS", "U0BOB", "U0CAROL");
    }

    @AfterAll
    static void cleanUp() throws IOException {
        slack.close();
        FileSystemUtils.deleteRecursively(catalog);
    }

    @BeforeEach
    void client() {
        requests = new SlackRequests(port, SECRET);
        database.comeBack();
    }

    @Test
    void suggestReviewApproveWritesCommitsAndShowsTheNewText() throws Exception {
        // given: the Suggest edit button of a level card opens the form for its cell
        SlackMessageJson card = command("canary senior sre");
        long opened = slack.calls("/api/views.open");
        requests.post(SlackRequests.blockActions(SlackRequests.privateCardAction(
                SlackRequests.button(card.buttonActionId("Suggest edit"), "Suggest edit"),
                slack.responseUrl("suggest"))));
        assertThat(slack.calls("/api/views.open")).isEqualTo(opened + 1);
        JsonNode view = lastView();
        assertThat(view.path("callback_id").asString()).isEqualTo(SUBMIT);
        assertThat(view.path("title").path("text").asString())
                .isEqualTo("Suggest an edit")
                .hasSizeLessThanOrEqualTo(24);
        assertThat(input(view, "role")
                        .path("element")
                        .path("initial_option")
                        .path("value")
                        .asString())
                .isEqualTo("sre");
        assertThat(input(view, "level")
                        .path("element")
                        .path("initial_option")
                        .path("value")
                        .asString())
                .isEqualTo("senior");
        assertThat(input(view, "text").path("element").path("initial_value").asString())
                .startsWith(OLD_TEXT);
        assertThat(input(view, "text").path("element").path("max_length").asInt())
                .isEqualTo(3000);
        assertThat(input(view, "rationale").path("optional").asBoolean()).isTrue();

        // when: Alice submits
        HttpResponse<String> ack =
                submit("Owns canary reliability: SLO-gated steps and rollback from Git.", "sre", "U0ALICE", "alice");

        // then: the modal closes, Alice is told privately, the review post lands in the review channel and is linked
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).isEmpty();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> reviewPostBy("alice").isPresent()
                        && !slack.posted("U0ALICE").isEmpty());
        assertThat(text(slack.posted("U0ALICE").get(0))).contains("is waiting for review");
        Map<String, Object> post = reviewPostBy("alice").orElseThrow();
        SlackMessageJson review = SlackMessageJson.parse(SlackRequests.json(post));
        assertThat(review.buttonLabels()).containsExactly("Approve", "Reject");
        assertThat(BlockKitLimits.violations(review.node())).isEmpty();
        String ts = (String) post.get("ts");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> command("proposals canary").node().toString().contains("/archives/" + REVIEWS + "/p"));

        // when: someone who is no reviewer clicks Approve
        click(review.buttonActionId("Approve"), ts, "U0MALLORY", "mallory", "mallory");

        // then: only they are told, and nothing changes
        JsonNode refusal = awaitResponse("mallory");
        assertThat(refusal.path("replace_original").asBoolean(true)).isFalse();
        assertThat(refusal.path("response_type").asString()).isEqualTo("ephemeral");
        assertThat(refusal.toString()).contains("Only reviewers can approve or reject");
        assertThat(updatesOf(ts)).isEmpty();

        // when: Bob, a reviewer through the S0LEADS user group, approves
        click(review.buttonActionId("Approve"), ts, "U0BOB", "bob", "bob");

        // then: the post shows the outcome in place, Alice hears of it, the file is edited and committed
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        updatesOf(ts).size() == 1 && slack.posted("U0ALICE").size() == 2);
        Map<String, String> update = updatesOf(ts).get(0);
        assertThat(update).containsEntry("channel", REVIEWS).containsEntry("ts", ts);
        assertThat(update.get("blocks")).contains("Approved by bob").doesNotContain("sb1:approve");
        assertThat(text(slack.posted("U0ALICE").get(1))).contains("was approved by bob");
        assertThat(slack.calls("/api/usergroups.users.list")).isPositive();
        String yaml = Files.readString(catalog.resolve("build-deploy/canary-releases.yml"));
        assertThat(yaml)
                .contains("text: \"Owns canary reliability: SLO-gated steps and rollback from Git.\"")
                .doesNotContain(OLD_TEXT);
        RevCommit head = headCommit();
        assertThat(head.getAuthorIdent().getName()).isEqualTo("alice");
        assertThat(head.getFullMessage()).startsWith("Update Canary Releases: senior / sre");
        assertThat(head.getParentCount()).isEqualTo(1);

        // and: the next lookup shows the new text
        assertThat(command("canary senior sre").sectionTexts())
                .anySatisfy(section -> assertThat(section)
                        .contains("Owns canary reliability: SLO-gated steps and rollback from Git."));

        // when: a late click by another reviewer
        click(review.buttonActionId("Approve"), ts, "U0REVIEWER", "rita", "late");

        // then: decided once; the late clicker is told so
        assertThat(awaitResponse("late").toString()).contains("was already decided");
        assertThat(slack.posted("U0ALICE")).hasSize(2);
    }

    @Test
    void rejectAsksForAReasonThenUpdatesThePostAndTellsTheAuthor() {
        submit("Runs canaries with SLO gates and tested rollbacks.", "platform", "U0DAVE", "dave");
        await().atMost(Duration.ofSeconds(10)).until(() -> reviewPostBy("dave").isPresent());
        Map<String, Object> post = reviewPostBy("dave").orElseThrow();
        SlackMessageJson review = SlackMessageJson.parse(SlackRequests.json(post));
        String ts = (String) post.get("ts");

        // when: a reviewer clicks Reject
        click(review.buttonActionId("Reject"), ts, "U0REVIEWER", "rita", "reject");

        // then: the reason form, which remembers the post
        JsonNode view = lastView();
        assertThat(view.path("callback_id").asString()).startsWith("sb1:rejected:");
        assertThat(view.path("title").path("text").asString()).hasSizeLessThanOrEqualTo(24);

        // when: the reason is sent
        HttpResponse<String> ack = requests.post(SlackRequests.blockActions(SlackRequests.viewSubmission(
                view.path("callback_id").asString(),
                "",
                Map.of("reason", SlackRequests.typed("Platform cells stay about the platform.")),
                "U0REVIEWER",
                "rita")));

        // then
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).isEmpty();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> updatesOf(ts).size() == 1 && slack.posted("U0DAVE").size() == 2);
        Map<String, String> update = updatesOf(ts).get(0);
        assertThat(update.get("blocks")).contains("Rejected by rita: Platform cells stay about the platform.");
        assertThat(text(slack.posted("U0DAVE").get(1)))
                .contains("was rejected by rita: Platform cells stay about the platform.");

        // and: Reject on a decided post opens no form
        long opened = slack.calls("/api/views.open");
        click(review.buttonActionId("Reject"), ts, "U0BOB", "bob", "reject-again");
        assertThat(awaitResponse("reject-again").toString()).contains("was already decided");
        assertThat(slack.calls("/api/views.open")).isEqualTo(opened);
    }

    /**
     * An approval of a cell that was changed in the catalog since the suggestion: nothing is overwritten, and the
     * review post and the author's direct message say to suggest again, with the button that opens the form on the
     * cell's current text.
     */
    @Test
    void aCellChangedSinceTheSuggestionOffersToSuggestAgainOnItsCurrentText() throws Exception {
        submit("Runs canaries region by region with tested rollbacks.", "infra", "U0GINA", "gina");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> reviewPostBy("gina").isPresent()
                        && !slack.posted("U0GINA").isEmpty());
        Map<String, Object> post = reviewPostBy("gina").orElseThrow();
        String ts = (String) post.get("ts");
        String newer = "Runs canaries across regions with Argo Rollouts and keeps a rollback path.";
        changeInfraCellTo(newer);

        click(SlackMessageJson.parse(SlackRequests.json(post)).buttonActionId("Approve"), ts, "U0BOB", "bob", "gina");

        await().atMost(Duration.ofSeconds(20))
                .until(() -> updatesOf(ts).size() == 1 && slack.posted("U0GINA").size() == 2);
        SlackMessageJson review =
                SlackMessageJson.parse(formToJson(updatesOf(ts).get(0)));
        assertThat(review.buttonLabels()).containsExactly("Try again", "Close", "Suggest edit");
        assertThat(review.node().toString()).contains("suggest again against the current text");
        assertThat(BlockKitLimits.violations(review.node())).isEmpty();
        SlackMessageJson told =
                SlackMessageJson.parse(SlackRequests.json(slack.posted("U0GINA").get(1)));
        assertThat(told.node().toString()).contains("suggest it again against the cell's current text");
        assertThat(told.buttonLabels()).containsExactly("Suggest edit");
        assertThat(BlockKitLimits.violations(told.node())).isEmpty();
        assertThat(Files.readString(catalog.resolve("build-deploy/canary-releases.yml")))
                .contains(newer);

        // once the catalog has reloaded the teammate's edit, the button opens the form on it
        await().atMost(Duration.ofSeconds(20))
                .until(() -> command("canary senior infra").node().toString().contains(newer));
        long opened = slack.calls("/api/views.open");
        requests.post(SlackRequests.blockActions(SlackRequests.as(
                SlackRequests.postedMessageAction(
                        SlackRequests.button(told.buttonActionId("Suggest edit"), "Suggest edit"),
                        slack.responseUrl("gina-again"),
                        "D0GINA",
                        "1.2"),
                "U0GINA",
                "gina")));
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("/api/views.open") == opened + 1);
        JsonNode form = lastView();
        assertThat(form.path("callback_id").asString()).isEqualTo(SUBMIT);
        assertThat(input(form, "role")
                        .path("element")
                        .path("initial_option")
                        .path("value")
                        .asString())
                .isEqualTo("infra");
        assertThat(input(form, "text").path("element").path("initial_value").asString())
                .isEqualTo(newer);
    }

    /** The cell senior/infra of Canary Releases edited in the catalog's repository, as a teammate's commit would. */
    private static void changeInfraCellTo(String text) throws IOException, GitAPIException {
        Path file = catalog.resolve("build-deploy/canary-releases.yml");
        Files.writeString(
                file,
                Files.readString(file)
                        .replace(
                                "Runs canaries across regions with Flagger, one region at a time, and keeps a rollback"
                                        + " path that works when the mesh is down.",
                                text));
        try (Git git = Git.open(catalog.toFile())) {
            git.add().addFilepattern("build-deploy/canary-releases.yml").call();
            git.commit().setMessage("Edit senior/infra").call();
        }
    }

    /** A {@code chat.update} form as the message JSON it carries (its blocks are a JSON string in the form). */
    private static String formToJson(Map<String, String> form) {
        return "{\"text\":"
                + tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(form.get("text"))
                + ",\"blocks\":" + form.get("blocks") + "}";
    }

    @Test
    void problemsComeBackAsErrorsOnTheFormsInputs() {
        assertThat(errors(submit(currentText(), "sre", "U0ERIN", "erin")))
                .containsOnlyKeys("text")
                .extractingByKey("text")
                .asString()
                .contains("This is the current text");
        assertThat(errors(submit("New text for a role the skill does not have.", "no-such-role", "U0ERIN", "erin")))
                .containsOnlyKeys("role")
                .extractingByKey("role")
                .asString()
                .contains("There is no cell");
        assertThat(errors(submitWithRationale("Better text.", "x".repeat(1001), "U0ERIN", "erin")))
                .containsOnlyKeys("rationale")
                .extractingByKey("rationale")
                .asString()
                .contains("the limit is 1,000");
    }

    @Test
    void aDatabaseOutageAnswersNotSavedAndTheNextAttemptWorks() {
        // given
        database.goDown();

        // when
        HttpResponse<String> refused = submit("Tested while the database is away.", "devops", "U0FRANK", "frank");

        // then
        assertThat(errors(refused))
                .containsOnlyKeys("text")
                .extractingByKey("text")
                .asString()
                .contains("Not saved: the database is unavailable right now");

        // when: the database is back, the same submission
        database.comeBack();
        HttpResponse<String> saved = submit("Tested while the database is away.", "devops", "U0FRANK", "frank");

        // then
        assertThat(saved.body()).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> reviewPostBy("frank").isPresent());
    }

    @Test
    void suggestCommandOpensTheFormAndATextNamingNoSkillGetsTheUsualCard() {
        long opened = slack.calls("/api/views.open");

        HttpResponse<String> ack =
                requests.post(SlackRequests.slashCommand("suggest canary lead platform", slack.responseUrl("unused")));

        assertThat(ack.body()).isEmpty();
        assertThat(slack.calls("/api/views.open")).isEqualTo(opened + 1);
        JsonNode view = lastView();
        assertThat(input(view, "level")
                        .path("element")
                        .path("initial_option")
                        .path("value")
                        .asString())
                .isEqualTo("lead");
        assertThat(input(view, "role")
                        .path("element")
                        .path("initial_option")
                        .path("value")
                        .asString())
                .isEqualTo("platform");

        SlackMessageJson unknown = command("suggest qwertyuiop");
        assertThat(slack.calls("/api/views.open")).isEqualTo(opened + 1);
        assertThat(unknown.field("response_type")).isEqualTo("ephemeral");
        assertThat(unknown.header()).isNotBlank();
    }

    /**
     * {@code /skill suggest trains release train lead sre}: words that each name Release Trains (as {@code /skill kafka
     * streaming} names Streaming Data) answered with a Suggest edit button; the form opens straight away, as it does
     * for a skill's whole name, at the level and role typed.
     */
    @Test
    void suggestWithWordsThatNameOneSkillOpensTheFormStraightAway() {
        long opened = slack.calls("/api/views.open");

        HttpResponse<String> ack = requests.post(
                SlackRequests.slashCommand("suggest trains release train lead sre", slack.responseUrl("unused")));

        assertThat(ack.body()).isEmpty();
        assertThat(slack.calls("/api/views.open")).isEqualTo(opened + 1);
        assertThat(lastView().path("callback_id").asString()).isEqualTo("sb1:suggested:release-trains:en");
        assertThat(input(lastView(), "role")
                        .path("element")
                        .path("initial_option")
                        .path("value")
                        .asString())
                .isEqualTo("sre");
    }

    /**
     * {@code /skill suggest canary trains senior} (two skills) asks which one, and the button of the one picked opens
     * its suggestion form at that level, where it opened that skill's level card; {@code /skill proposals canary
     * trains} offers each skill's open suggestions.
     */
    @Test
    void suggestWithWordsNamingTwoSkillsOpensTheFormOfTheOnePicked() {
        SlackMessageJson which = command("suggest canary trains senior");
        assertThat(which.header()).isEqualTo("“canary trains” names 2 skills");
        long opened = slack.calls("/api/views.open");

        requests.post(SlackRequests.blockActions(SlackRequests.privateCardAction(
                SlackRequests.button(which.buttonActionId("Release Trains · Senior"), "Release Trains · Senior"),
                slack.responseUrl("which-suggest"))));

        assertThat(slack.calls("/api/views.open")).isEqualTo(opened + 1);
        assertThat(lastView().path("callback_id").asString()).isEqualTo("sb1:suggested:release-trains:en");
        assertThat(input(lastView(), "level")
                        .path("element")
                        .path("initial_option")
                        .path("value")
                        .asString())
                .isEqualTo("senior");
        assertThat(command("proposals canary trains").buttonActionId("Canary Releases"))
                .isEqualTo("sb1:show:proposals canary-releases");
    }

    /** The form of a Chinese view says which language it edits; the review post shows the English beside the proposed Chinese. */
    @Test
    void aSuggestionFromTheChineseViewIsReviewedSideBySide() {
        HttpResponse<String> ack = requests.post(SlackRequests.blockActions(SlackRequests.viewSubmission(
                "sb1:suggested:canary-releases:zh-CN",
                "",
                Map.of(
                        "role",
                        SlackRequests.chosen("platform"),
                        "level",
                        SlackRequests.chosen("junior"),
                        "text",
                        SlackRequests.typed("了解金丝雀发布的基本概念。"),
                        "required",
                        SlackRequests.chosen("true"),
                        "rationale",
                        SlackRequests.typed("")),
                "U0LI",
                "li")));
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> reviewPostBy("li").isPresent());
        SlackMessageJson review =
                SlackMessageJson.parse(SlackRequests.json(reviewPostBy("li").orElseThrow()));
        assertThat(review.node().toString())
                .contains("Side by side: English today and Chinese (China) as proposed")
                .contains("了解金丝雀发布的基本概念。");
        assertThat(BlockKitLimits.violations(review.node())).isEmpty();
    }

    private HttpResponse<String> submit(String text, String role, String userId, String username) {
        return submitWith(text, role, "", userId, username);
    }

    private HttpResponse<String> submitWithRationale(String text, String rationale, String userId, String username) {
        return submitWith(text, "sre", rationale, userId, username);
    }

    private HttpResponse<String> submitWith(
            String text, String role, String rationale, String userId, String username) {
        return requests.post(SlackRequests.blockActions(SlackRequests.viewSubmission(
                SUBMIT,
                "",
                Map.of(
                        "role",
                        SlackRequests.chosen(role),
                        "level",
                        SlackRequests.chosen("senior"),
                        "text",
                        SlackRequests.typed(text),
                        "required",
                        SlackRequests.chosen("true"),
                        "rationale",
                        SlackRequests.typed(rationale)),
                userId,
                username)));
    }

    private static Map<String, String> errors(HttpResponse<String> response) {
        JsonNode body = SlackMessageJson.parse(response.body()).node();
        assertThat(body.path("response_action").asString()).isEqualTo("errors");
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        body.path("errors")
                .properties()
                .forEach(entry -> errors.put(entry.getKey(), entry.getValue().asString()));
        return errors;
    }

    private void click(String actionId, String ts, String userId, String username, String responseName) {
        HttpResponse<String> ack = requests.post(SlackRequests.blockActions(SlackRequests.as(
                SlackRequests.postedMessageAction(
                        SlackRequests.button(actionId, "x"), slack.responseUrl(responseName), REVIEWS, ts),
                userId,
                username)));
        assertThat(ack.statusCode()).isEqualTo(200);
    }

    private SlackMessageJson command(String text) {
        HttpResponse<String> response = requests.post(SlackRequests.slashCommand(text, slack.responseUrl("unused")));
        assertThat(response.statusCode()).isEqualTo(200);
        return SlackMessageJson.parse(response.body());
    }

    private static JsonNode awaitResponse(String name) {
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("/response/" + name) == 1);
        return SlackMessageJson.parse(slack.bodies("/response/" + name).get(0)).node();
    }

    private static JsonNode lastView() {
        List<FakeSlack.Received> opens = slack.requests("/api/views.open");
        return SlackMessageJson.parse(opens.get(opens.size() - 1).form().get("view"))
                .node();
    }

    private static JsonNode input(JsonNode view, String blockId) {
        for (JsonNode block : view.path("blocks")) {
            if (block.path("block_id").asString().equals(blockId)) {
                assertThat(block.path("type").asString()).isEqualTo("input");
                assertThat(block.path("element").path("action_id").asString()).isEqualTo(blockId);
                return block;
            }
        }
        throw new AssertionError("no input " + blockId + " in " + view);
    }

    /** The review post of a suggestion by this user; each test suggests as a user of its own. */
    private static java.util.Optional<Map<String, Object>> reviewPostBy(String username) {
        return slack.posted(REVIEWS).stream()
                .filter(post -> SlackRequests.json(post).contains("suggested by " + username + " "))
                .findFirst();
    }

    private static List<Map<String, String>> updatesOf(String ts) {
        return slack.requests("/api/chat.update").stream()
                .map(FakeSlack.Received::form)
                .filter(form -> ts.equals(form.get("ts")))
                .toList();
    }

    private static String text(Map<String, Object> message) {
        return String.valueOf(message.get("text"));
    }

    private static String currentText() {
        var cat = FixtureCatalog.load();
        return cat.skill(FixtureCatalog.CANARY_RELEASES)
                .orElseThrow()
                .expectation(cat.level("senior").orElseThrow(), "sre")
                .orElseThrow()
                .text();
    }

    private static RevCommit headCommit() throws IOException, GitAPIException {
        try (Git git = Git.open(catalog.toFile())) {
            return git.log().setMaxCount(1).call().iterator().next();
        }
    }

    /** The fixture catalog, copied into a new Git repository with one commit. */
    private static Path gitCatalog() {
        try {
            return FixtureCatalog.gitRepository(Files.createTempDirectory("skillbot-catalog-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
