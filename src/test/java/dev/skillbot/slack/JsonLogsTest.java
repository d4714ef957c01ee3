package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skillbot.discord.fake.FakeDiscord;
import dev.skillbot.gitops.CatalogRemote;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON logs as README documents them: the whole application with
 * {@code logging.structured.format.console=ecs}, Slack (HTTP mode) and Discord on against their
 * fakes, the catalog cloned from a Git remote with a token, and a database password. Every console
 * line is an ECS JSON object; lines logged while handling an interaction, on whichever thread,
 * carry that interaction's request id; no secret passed in appears anywhere in the output.
 */
@ExtendWith(OutputCaptureExtension.class)
class JsonLogsTest {

    private static final String SIGNING_SECRET = "json-logs-signing-s3cret";
    private static final String DATABASE_PASSWORD = "json-logs-database-pa55word";
    private static final String GIT_TOKEN = "json-logs-git-t0ken";
    private static final List<String> SECRETS =
            List.of(SIGNING_SECRET, SlackApp.BOT_TOKEN, FakeDiscord.TOKEN, DATABASE_PASSWORD, GIT_TOKEN);
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    @Test
    void consoleLinesAreEcsJsonWithTheRequestIdAndWithoutSecrets(CapturedOutput output) throws Exception {
        // Logging is set up once per JVM: an application context cached by an earlier test class keeps
        // Logback marked as initialised, and this application's ECS format would then be ignored.
        LoggingSystem.get(getClass().getClassLoader()).cleanUp();
        Path remote = CatalogRemote.create(temp.resolve("catalog.git"));
        try (FakeSlack slack = FakeSlack.start();
                FakeDiscord discord = FakeDiscord.start();
                SlackApp app = SlackApp.http(
                        slack,
                        SIGNING_SECRET,
                        null,
                        "--logging.structured.format.console=ecs",
                        "--spring.datasource.password=" + DATABASE_PASSWORD,
                        "--skillbot.catalog.git.url=" + remote.toUri(),
                        "--skillbot.catalog.git.path=catalog",
                        "--skillbot.catalog.git.token=" + GIT_TOKEN,
                        "--skillbot.catalog.git.checkout=" + temp.resolve("checkout"),
                        "--skillbot.catalog.git.poll-interval=1h",
                        "--skillbot.discord.token=" + FakeDiscord.TOKEN,
                        "--skillbot.discord.api-url=" + discord.apiUrl(),
                        "--skillbot.discord.gateway-url=" + discord.gatewayUrl())) {
            discord.awaitRequest(request -> request.is("PUT", "applications/\\d+/commands"));
            SlackRequests requests = new SlackRequests(app.port(), SIGNING_SECRET);

            // a command answered in its ack, and a click whose new card Slack refuses at the response_url
            assertThat(requests.post(SlackRequests.slashCommand("canary senior", slack.responseUrl("unused")))
                            .statusCode())
                    .isEqualTo(200);
            slack.scriptResponseUrl("refused", FakeSlack.Answer.serverError(500));
            assertThat(requests.post(SlackRequests.blockActions(SlackRequests.privateCardAction(
                                    SlackRequests.button("sb1:show:canary-releases lead", "Lead ▶"),
                                    slack.responseUrl("refused"))))
                            .statusCode())
                    .isEqualTo(200);
            // a suggestion saved from Discord while no review channel is configured
            String suggestion =
                    discord.submitSuggestion("canary-releases", "senior", "sre", "Runs canaries with SLO gates.");

            await().atMost(WAIT)
                    .until(() ->
                            find(output, "Slack refused a response_url message").isPresent()
                                    && find(output, "no review channel is set (SKILLBOT_DISCORD_REVIEW_CHANNEL)")
                                            .isPresent());

            JsonNode refused = line(output, "Slack refused a response_url message");
            assertThat(field(refused, "log.level")).isEqualTo("WARN");
            assertThat(field(refused, "requestId")).matches("slack-[0-9a-f]{1,8}");
            JsonNode saved = line(output, "no review channel is set (SKILLBOT_DISCORD_REVIEW_CHANNEL)");
            assertThat(field(saved, "requestId")).isEqualTo("discord-" + suggestion);
            JsonNode started = line(output, "Skillbot is serving catalog");
            assertThat(field(started, "requestId"))
                    .as("a line outside any interaction")
                    .isNull();
        }

        List<JsonNode> lines = lines(output);
        assertThat(lines).hasSizeGreaterThan(10).allSatisfy(line -> {
            assertThat(field(line, "@timestamp")).isNotBlank();
            assertThat(field(line, "log.level")).isIn("TRACE", "DEBUG", "INFO", "WARN", "ERROR");
            assertThat(field(line, "message")).isNotNull();
        });
        assertThat(output.getAll()).doesNotContain(SECRETS);
    }

    /** Every line written to the console, each parsed as JSON (which fails the test if one is not). */
    private static List<JsonNode> lines(CapturedOutput output) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : output.getAll().split("\\R")) {
            if (!line.isBlank()) {
                lines.add(parse(line));
            }
        }
        return lines;
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (RuntimeException e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }

    /** The first line whose message has {@code messagePart}. */
    private static JsonNode line(CapturedOutput output, String messagePart) {
        return find(output, messagePart)
                .orElseThrow(() -> new AssertionError(
                        "no JSON line with the message '" + messagePart + "' in:\n" + output.getAll()));
    }

    private static Optional<JsonNode> find(CapturedOutput output, String messagePart) {
        return output.getAll()
                .lines()
                .filter(line -> line.contains(messagePart))
                .map(JsonLogsTest::parse)
                .filter(node -> String.valueOf(field(node, "message")).contains(messagePart))
                .findFirst();
    }

    /** An ECS field by its dotted name, written flat ({@code "log.level"}) or nested ({@code "log":{"level"}}). */
    private static String field(JsonNode line, String name) {
        JsonNode flat = line.get(name);
        if (flat != null) {
            return flat.asString();
        }
        JsonNode node = line;
        for (String part : name.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        return node == null || node.isNull() ? null : node.asString();
    }
}
