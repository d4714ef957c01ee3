package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skillbot.suggestion.Proposal;
import dev.skillbot.suggestion.ProposalService;
import dev.skillbot.suggestion.ProposalStatus;
import dev.skillbot.testing.FixtureCatalog;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Signed payloads that no form of Skillbot's would send: each gets a clear answer on the form or in
 * private, never a 500, and nothing is saved that should not be.
 */
class SlackHostileSuggestionsTest {

    private static final String SECRET = SlackHttpTest.SECRET;
    private static final String REVIEWS = "C0REVIEW";
    private static final String SKILL = FixtureCatalog.RELEASE_TRAINS;

    @TempDir
    static Path temp;

    static FakeSlack slack;
    static SlackApp app;
    static SlackRequests requests;

    @BeforeAll
    static void start() {
        slack = FakeSlack.start();
        Path dir = FixtureCatalog.gitRepository(temp.resolve("catalog"));
        app = SlackApp.httpUnpaced(
                slack,
                SECRET,
                "--skillbot.catalog.dir=" + dir,
                "--skillbot.slack.reviewers=U0REVIEWER",
                "--skillbot.slack.review-channel=" + REVIEWS);
        requests = new SlackRequests(app.port(), SECRET);
    }

    @AfterAll
    static void stop() {
        app.close();
        slack.close();
    }

    @Test
    void aRequiredFlagOtherThanTrueOrFalseIsAnErrorOnItsInput() {
        HttpResponse<String> ack = submit("Senior sre plans trains.", "maybe", "U0MAYBE");

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(errors(ack)).containsOnlyKeys("required");
    }

    @Test
    void controlBidiAndUnpairedSurrogateCharactersAreRefusedWithTheirPlace() {
        assertThat(errors(submit("Plans\u0086 trains.", "true", "U0CTRL")).get("text"))
                .contains("U+0086")
                .contains("position 6");
        assertThat(errors(submit("Plans \u202Eniart trains.", "true", "U0BIDI")).get("text"))
                .contains("U+202E");
        // a lone surrogate survives only as a JSON escape: as a raw character no UTF-8 body can carry it
        String halfSurrogate = body("Plans HALF trains.", "true", "U0LONE").replace("HALF", "%5Cud800");
        assertThat(errors(requests.post(halfSurrogate)).get("text")).contains("U+D800");
        assertThat(errors(submit("Plans \uFFFF trains.", "true", "U0NONC")).get("text"))
                .contains("U+FFFF");
        assertThat(app.bean(ProposalService.class).open(SKILL, 50))
                .noneMatch(p -> p.author().userId().matches("U0(CTRL|BIDI|LONE|NONC)"));
    }

    @Test
    void anOverlongRejectionReasonIsAnErrorOnTheFormAndDecidesNothing() {
        Proposal proposal = saved(submit("Senior sre plans the release trains.", "true", "U0LONG"), "U0LONG");
        HttpResponse<String> ack = requests.post(SlackRequests.blockActions(SlackRequests.viewSubmission(
                "sb1:rejected:" + proposal.id(),
                "",
                Map.of("reason", SlackRequests.typed("x".repeat(5000))),
                "U0REVIEWER",
                "rita")));

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(errors(ack).get("reason")).contains("5,000").contains("1,000");
        assertThat(app.bean(ProposalService.class)
                        .find(proposal.id())
                        .orElseThrow()
                        .status())
                .isEqualTo(ProposalStatus.OPEN);
    }

    @Test
    void aReviewerCannotApproveTheirOwnSuggestion() {
        Proposal own = saved(submit("Senior sre plans every train.", "true", "U0REVIEWER"), "U0REVIEWER");

        requests.post(SlackRequests.blockActions(SlackRequests.as(
                SlackRequests.postedMessageAction(
                        SlackRequests.button("sb1:approve:" + own.id(), "Approve"),
                        slack.responseUrl("own"),
                        REVIEWS,
                        "1700000000.1"),
                "U0REVIEWER",
                "rita")));

        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("/response/own") == 1);
        assertThat(slack.bodies("/response/own").get(0)).contains("is yours: another reviewer needs to approve it");
        assertThat(app.bean(ProposalService.class).find(own.id()).orElseThrow().status())
                .isEqualTo(ProposalStatus.OPEN);
    }

    @Test
    void followingASkillThatDoesNotExistStoresNothing() {
        HttpResponse<String> ack = requests.post(SlackRequests.blockActions(SlackRequests.privateCardAction(
                SlackRequests.button("sb1:follow:../../etc/passwd", "Follow"), slack.responseUrl("follow-path"))));

        assertThat(ack.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("/response/follow-path") == 1);
        assertThat(slack.bodies("/response/follow-path").get(0)).contains("There is no skill");
        assertThat(app.bean(JdbcClient.class)
                        .sql("select count(*) from skill_follow")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void noTemporaryFileIsLeftInTheCatalog() throws Exception {
        try (Stream<Path> files = Files.walk(temp.resolve("catalog"))) {
            assertThat(files.filter(file -> !file.toString().contains("/.git/"))
                            .map(Path::getFileName)
                            .map(Path::toString))
                    .noneMatch(name -> name.endsWith(".tmp") || name.endsWith("-tmp"));
        }
    }

    private static HttpResponse<String> submit(String text, String required, String user) {
        return requests.post(body(text, required, user));
    }

    private static String body(String text, String required, String user) {
        return SlackRequests.blockActions(SlackRequests.viewSubmission(
                "sb1:suggested:" + SKILL,
                "",
                Map.of(
                        "role",
                        SlackRequests.chosen("sre"),
                        "level",
                        SlackRequests.chosen("senior"),
                        "text",
                        SlackRequests.typed(text),
                        "required",
                        SlackRequests.chosen(required),
                        "rationale",
                        SlackRequests.typed("")),
                user,
                "name-" + user));
    }

    private static Proposal saved(HttpResponse<String> ack, String user) {
        assertThat(ack.body()).as("saved without errors").isEmpty();
        return app.bean(ProposalService.class).open(SKILL, 50).stream()
                .filter(p -> p.author().userId().equals(user))
                .findFirst()
                .orElseThrow();
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
}
