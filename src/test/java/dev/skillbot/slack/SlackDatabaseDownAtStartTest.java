package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.testing.BlackHoleProxy;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.TestDatabases;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The database is down when Skillbot starts: PostgreSQL, with an empty schema, behind a proxy that closes every
 * connection. Skillbot starts anyway and answers lookups; the features that need the database say they are
 * unavailable; once the database answers, its tables are set up in the background and those features work.
 */
class SlackDatabaseDownAtStartTest {

    private static final String SECRET = "down-at-start-signing-secret";
    private static final FakeSlack slack = FakeSlack.start();
    private static BlackHoleProxy database;
    private static SlackApp app;
    private static SlackRequests requests;

    @BeforeAll
    static void start() {
        String emptySchema = TestDatabases.postgresUrl();
        int port = Integer.parseInt(emptySchema.replaceFirst("^jdbc:postgresql://[^:/]+:(\\d+)/.*$", "$1"));
        database = BlackHoleProxy.to(port);
        database.refuse();
        app = SlackApp.http(
                slack,
                SECRET,
                null,
                "--spring.datasource.url="
                        + emptySchema.replaceFirst("//[^/]+/", "//127.0.0.1:" + database.port() + "/"),
                "--skillbot.catalog.dir=" + FixtureCatalog.DIR,
                "--skillbot.database.start-retry=100ms",
                "--skillbot.database.probe-after=100ms");
        requests = new SlackRequests(app.port(), SECRET);
    }

    @AfterAll
    static void stop() {
        app.close();
        database.close();
        slack.close();
    }

    @Test
    void itStartsAnswersLookupsAndSetsUpTheTablesOnceTheDatabaseAnswers() throws Exception {
        // then it started without the database, and answers lookups
        assertThat(SlackMessageJson.parse(command("release-trains senior").body())
                        .header())
                .isEqualTo("Release Trains · Senior");
        DatabaseFeatureAnswers.sayTheyAreUnavailable(SlackDatabaseDownAtStartTest::command);
        JsonNode db = DatabaseFeatureAnswers.databaseHealth(app);
        assertThat(db.path("status").asString()).isEqualTo("DOWN");
        assertThat(db.path("details").path("tables").asString())
                .startsWith("the database could not be reached since start-up (");
        assertThat(app.actuator("/actuator/health/readiness").path("status").asString())
                .isEqualTo("UP");

        // when the database answers
        database.admit();

        // then its tables are set up, and suggestions and digests work
        DatabaseFeatureAnswers.workAgain(SlackDatabaseDownAtStartTest::command);
        DatabaseFeatureAnswers.awaitDatabaseUp(app);
    }

    private static HttpResponse<String> command(String text) {
        return requests.post(SlackRequests.slashCommand(text, slack.responseUrl("down-at-start")));
    }
}
