package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skillbot.persistence.DatabaseGuard;
import dev.skillbot.testing.BlackHoleProxy;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.TestDatabases;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14: the database freezes mid-run. The whole application runs on the embedded PostgreSQL
 * behind a {@link BlackHoleProxy}; freezing the proxy keeps every connection open but lets no byte
 * through, as a hung database or network does. Lookups, even of a skill never looked up before,
 * still answer; suggestions, digests and follows answer within Slack's 3 s that they are
 * unavailable; readiness stays UP while health shows the database DOWN; and everything works
 * again once the database is back.
 */
class SlackDatabaseOutageTest {

    private static final String SECRET = "outage-test-signing-secret";
    private static final Duration SLACK_WAITS = Duration.ofSeconds(3);
    private static final String SUBMIT = "sb1:suggested:" + FixtureCatalog.RELEASE_TRAINS;
    private static final FakeSlack slack = FakeSlack.start();
    private static BlackHoleProxy database;
    private static SlackApp app;
    private static SlackRequests requests;

    @BeforeAll
    static void start() {
        PGSimpleDataSource schema = (PGSimpleDataSource) TestDatabases.postgres();
        database = BlackHoleProxy.to(schema.getPortNumbers()[0]);
        String throughTheProxy = schema.getUrl().replaceFirst("//[^/]+/", "//127.0.0.1:" + database.port() + "/");
        app = SlackApp.http(
                slack,
                SECRET,
                null,
                "--spring.datasource.url=" + throughTheProxy,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--skillbot.catalog.dir=" + FixtureCatalog.DIR,
                "--skillbot.database.probe-after=1s",
                // the production default (the test configuration gives healthy calls 30 s): a frozen
                // database must be cut off in time for Slack's 3 s
                "--skillbot.database.call-timeout=1500ms");
        requests = new SlackRequests(app.port(), SECRET);
    }

    @AfterEach
    void thaw() {
        database.thaw();
    }

    @AfterAll
    static void stop() {
        app.close();
        database.close();
        slack.close();
    }

    @Test
    void lookupsAnswerWhileSuggestionsDigestsAndFollowsSayTheyAreUnavailableThenRecover() {
        // given: the database answered, and its connections are open
        assertThat(DatabaseFeatureAnswers.sectionText(command("proposals"))).doesNotContain("unavailable");
        assertThat(SlackMessageJson.parse(command("release-trains senior").body())
                        .header())
                .isEqualTo("Release Trains · Senior");

        // when the database freezes
        database.freeze();

        // then a lookup of a skill not looked up before answers with its card, in time
        HttpResponse<String> lookup = withinSlacksTime(() -> command("load-testing lead sre"));
        assertThat(lookup.statusCode()).isEqualTo(200);
        assertThat(SlackMessageJson.parse(lookup.body()).header()).isEqualTo("Load Testing · Lead");

        // and suggestions, digests and a suggestion form say so, in time
        DatabaseFeatureAnswers.sayTheyAreUnavailable(text -> withinSlacksTime(() -> command(text)));
        assertThat(SlackMessageJson.parse(
                                withinSlacksTime(() -> submit("A release train every two weeks.", "U0DORA", "dora"))
                                        .body())
                        .formErrors())
                .containsOnlyKeys("text")
                .extractingByKey("text")
                .asString()
                .contains("Not saved: the database is unavailable right now");

        // and once the database is known down, calls fail at once, and a Follow click is told privately
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            command("proposals");
            return app.bean(DatabaseGuard.class).state() == CircuitBreaker.State.OPEN;
        });
        requests.post(SlackRequests.blockActions(SlackRequests.privateCardAction(
                SlackRequests.button("sb1:follow:" + FixtureCatalog.LOAD_TESTING, "Follow"),
                slack.responseUrl("follow-frozen"))));
        await().atMost(SLACK_WAITS).until(() -> slack.calls("/response/follow-frozen") == 1);
        assertThat(slack.bodies("/response/follow-frozen").get(0))
                .contains("The digest settings are unavailable right now");
        assertThat(SlackMessageJson.parse(withinSlacksTime(() -> command("load-testing junior"))
                                .body())
                        .header())
                .isEqualTo("Load Testing · Junior");

        // when the database is back, then suggestions and digests work again
        database.thaw();
        DatabaseFeatureAnswers.workAgain(SlackDatabaseOutageTest::command);
        assertThat(submit("A release train every two weeks.", "U0DORA", "dora").body())
                .isEmpty();
        assertThat(app.bean(DatabaseGuard.class).state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void readinessStaysUpWhileHealthShowsTheDatabaseDown() throws Exception {
        assertThat(app.actuator("/actuator/health")
                        .path("components")
                        .path("db")
                        .path("status")
                        .asString())
                .isEqualTo("UP");

        database.freeze();

        JsonNode readiness = app.actuator("/actuator/health/readiness");
        assertThat(readiness.path("status").asString()).isEqualTo("UP");
        assertThat(readiness.path("components").has("db")).isFalse();
        assertThat(readiness.path("components").path("catalog").path("status").asString())
                .isEqualTo("UP");
        assertThat(readiness.path("components").path("platforms").path("status").asString())
                .isEqualTo("UP");
        JsonNode db = DatabaseFeatureAnswers.databaseHealth(app);
        assertThat(db.path("status").asString()).isEqualTo("DOWN");
        // which of the two limits cuts the frozen call off depends on the connection's last use: within Hikari's
        // 500 ms the pool hands it out unchecked and the guard's 1.5 s ends the hung query; later the pool's own
        // check fails first and no connection is had within its 1 s
        assertThat(db.path("details").path("error").asString())
                .containsAnyOf("TimeoutException", "CannotGetJdbcConnectionException");

        database.thaw();
        DatabaseFeatureAnswers.awaitDatabaseUp(app);
    }

    private static HttpResponse<String> command(String text) {
        return requests.post(SlackRequests.slashCommand(text, slack.responseUrl("outage")));
    }

    private static HttpResponse<String> submit(String text, String userId, String username) {
        return requests.post(SlackRequests.blockActions(SlackRequests.viewSubmission(
                SUBMIT,
                "",
                Map.of(
                        "role",
                        SlackRequests.chosen("sre"),
                        "level",
                        SlackRequests.chosen("senior"),
                        "text",
                        SlackRequests.typed(text),
                        "required",
                        SlackRequests.chosen("true"),
                        "rationale",
                        SlackRequests.typed("")),
                userId,
                username)));
    }

    /** The answer, which must arrive within Slack's 3 seconds. */
    private static HttpResponse<String> withinSlacksTime(Supplier<HttpResponse<String>> request) {
        CompletableFuture<HttpResponse<String>> answer = CompletableFuture.supplyAsync(request);
        await().atMost(SLACK_WAITS).until(answer::isDone);
        return answer.join();
    }
}
