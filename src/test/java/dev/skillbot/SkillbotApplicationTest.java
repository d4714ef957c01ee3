package dev.skillbot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Card;
import dev.skillbot.card.Section;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandService;
import dev.skillbot.testing.FixtureCatalog;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With no platform credentials the server still starts on the embedded defaults (the catalog is the
 * fixture, as for every Spring test: {@code config/application.yml} of the tests), answers, and
 * reports its health and metrics on the management port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SkillbotApplicationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    CommandService commands;

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsWithoutPlatformCredentials() {
        assertThat(commands.answer(Invocation.cli("en"), "canary senior").title())
                .isEqualTo("Canary Releases · Senior");
    }

    @Test
    void readinessIncludesTheCatalogAndHealthTheDatabase() throws Exception {
        assertThat(get("/actuator/health/liveness")).contains("\"status\":\"UP\"");
        String readiness = get("/actuator/health/readiness");
        assertThat(readiness)
                .contains("\"status\":\"UP\"")
                .contains("\"catalog\"")
                .contains("\"revision\"")
                .doesNotContain("\"db\"");
        assertThat(get("/actuator/health"))
                .contains("\"db\"")
                .contains("\"database\":\"H2\"")
                .contains("\"circuit\":\"CLOSED\"");
    }

    @Test
    void theActuatorAnswersOnTheManagementPortOnlyWithHealthDetails() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        for (String path : List.of(
                "/actuator/health", "/actuator/health/readiness", "/actuator/prometheus", "/actuator/unmatched")) {
            assertThat(status(port, path)).as(path).isEqualTo(404);
        }
        assertThat(get("/actuator/health")).contains("\"details\"").contains("\"database\"");
    }

    @Test
    void prometheusCountsCommandsAndUnmatchedLookupsWithoutTheirText() throws Exception {
        Invocation slackUser = new Invocation(Platform.SLACK, "T1", "C1", "U1", "en", Invocation.Origin.COMMAND);
        commands.answer(slackUser, "canary senior");
        commands.answer(slackUser, "salary review for john doe");
        commands.answer(slackUser, "Salary review for  John Doe!");
        String metrics = get("/actuator/prometheus");
        assertThat(metrics).contains("skillbot_commands_total{kind=\"level\",outcome=\"answered\",platform=\"slack\"}");
        assertThat(metrics)
                .containsPattern("skillbot_lookups_unmatched_total [2-9]")
                .doesNotContainIgnoringCase("john");
        assertThat(metrics).contains("skillbot_command_latency_seconds_bucket");
        assertThat(metrics).contains("skillbot_catalog_reloads_total{outcome=\"success\"}");
        assertThat(metrics)
                .contains("skillbot_proposals{status=\"open\"}")
                .contains("skillbot_proposals{status=\"needs_attention\"}")
                .contains("skillbot_digest_deliveries_total{outcome=\"posted\"}");
    }

    @Test
    void theUnmatchedLookupsAreCountedByNormalisedTextOnTheManagementPort() throws Exception {
        Invocation user = new Invocation(Platform.DISCORD, "G1", "C1", "U1", "en", Invocation.Origin.COMMAND);
        for (String text :
                List.of("quantum basket weaving senior", "Quantum  Basket Weaving!", "zzz", "quantum basket weaving")) {
            commands.answer(user, text);
        }
        JsonNode unmatched = JSON.readTree(get("/actuator/unmatched"));
        JsonNode top = unmatched.path("lookups").get(0);
        assertThat(top.path("text").asString()).isEqualTo("quantum basket weaving");
        assertThat(top.path("count").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(unmatched.path("since").asString()).isNotBlank();
    }

    @Test
    void aboutShowsVersionCatalogAndPlatforms() {
        Card about = commands.answer(Invocation.cli("en"), "about");
        assertThat(about.title()).startsWith("About Skillbot ");
        String text = ((Section) about.blocks().get(0)).text();
        assertThat(text)
                .contains("Catalog: ")
                .contains(FixtureCatalog.DIR.toString())
                .contains("Last reload: ")
                .contains("succeeded")
                .contains("no chat platform");
    }

    /** From the actuator, on the management port. */
    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private int status(int onPort, String path) throws IOException, InterruptedException {
        return http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + onPort + path))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
