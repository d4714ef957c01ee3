package dev.skillbot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Card;
import dev.skillbot.card.Section;
import dev.skillbot.command.CommandService;
import dev.skillbot.command.Invocation;
import dev.skillbot.command.Platform;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With no platform credentials the server still starts on the embedded defaults, answers, and reports its health. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SkillbotApplicationTest {

    @Autowired
    CommandService commands;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsWithoutPlatformCredentials() {
        assertThat(commands.answer(Invocation.cli("en"), "gitops senior").title()).isEqualTo("GitOps Practices · Senior");
    }

    @Test
    void readinessIncludesTheCatalogAndHealthTheDatabase() throws Exception {
        assertThat(get("/actuator/health/liveness")).contains("\"status\":\"UP\"");
        String readiness = get("/actuator/health/readiness");
        assertThat(readiness).contains("\"status\":\"UP\"").contains("\"catalog\"").contains("\"revision\"").doesNotContain("\"db\"");
        assertThat(get("/actuator/health")).contains("\"db\"").contains("\"database\":\"H2\"").contains("\"circuit\":\"CLOSED\"");
    }

    @Test
    void prometheusCountsCommandsAndUnmatchedLookups() throws Exception {
        Invocation slackUser = new Invocation(Platform.SLACK, "T1", "C1", "U1", "en", Invocation.Origin.COMMAND);
        commands.answer(slackUser, "gitops senior");
        commands.answer(slackUser, "quantum basket weaving");
        String metrics = get("/actuator/prometheus");
        assertThat(metrics).contains("skillbot_commands_total{kind=\"level\",outcome=\"answered\",platform=\"slack\"}");
        assertThat(metrics).contains("skillbot_lookups_unmatched_total{query=\"quantum basket weaving\"}");
        assertThat(metrics).contains("skillbot_command_latency_seconds_bucket");
        assertThat(metrics).contains("skillbot_catalog_reloads_total{outcome=\"success\"}");
        assertThat(metrics).contains("skillbot_proposals{status=\"open\"}").contains("skillbot_proposals{status=\"needs_attention\"}")
                .contains("skillbot_digest_deliveries_total{outcome=\"posted\"}");
    }

    @Test
    void aboutShowsVersionCatalogAndPlatforms() {
        Card about = commands.answer(Invocation.cli("en"), "about");
        assertThat(about.title()).startsWith("About Skillbot ");
        String text = ((Section) about.blocks().get(0)).text();
        assertThat(text).contains("Catalog: ").contains("skills-data").contains("Last reload: ").contains("succeeded")
                .contains("no chat platform");
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
