package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** What the features that need the database answer a Slack user, while it is unavailable and once it is back. */
final class DatabaseFeatureAnswers {

    private DatabaseFeatureAnswers() {}

    /** {@code command} runs a slash command's text and gives its answer. */
    static void sayTheyAreUnavailable(Function<String, HttpResponse<String>> command) {
        assertThat(sectionText(command.apply("proposals")))
                .contains("Suggestions are unavailable right now (database); lookups still work");
        assertThat(sectionText(command.apply("digest subscribe")))
                .contains("The digest settings are unavailable right now");
    }

    static void workAgain(Function<String, HttpResponse<String>> command) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> !sectionText(command.apply("proposals")).contains("unavailable"));
        assertThat(sectionText(command.apply("digest subscribe"))).contains("This channel now gets the weekly digest");
    }

    /** The {@code db} component of {@code app}'s health. */
    static JsonNode databaseHealth(SlackApp app) throws IOException, InterruptedException {
        return app.actuator("/actuator/health").path("components").path("db");
    }

    static void awaitDatabaseUp(SlackApp app) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> databaseHealth(app).path("status").asString().equals("UP"));
    }

    static String sectionText(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return String.join("\n", SlackMessageJson.parse(response.body()).sectionTexts());
    }
}
