package dev.skillbot.gitops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skillbot.card.Section;
import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.chat.Invocation;
import dev.skillbot.command.CommandService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The catalog cloned from a Git remote (a local bare repository), pulled on a signed push webhook, with drift reported. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GitCatalogSyncTest {

    private static final String SECRET = "webhook-s3cret";
    private static final String OLD_TEXT = "Designs canary analysis:";

    @TempDir
    static Path temp;

    static Path remote;

    @Autowired
    CommandService commands;

    @Autowired
    CatalogReloader catalogs;

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @DynamicPropertySource
    static void remoteCatalog(DynamicPropertyRegistry registry) throws Exception {
        remote = CatalogRemote.serve(temp, SECRET, registry);
    }

    @Test
    @Order(1)
    void startsFromTheCloneAndShowsTheCommitAsRevision() throws Exception {
        assertThat(catalogs.current().revision()).isEqualTo(remoteHead().substring(0, 12));
        String about = aboutText();
        assertThat(about)
                .contains(remote.toUri().toString())
                .contains("main: in sync with origin/main, no local edits");
        assertThat(seniorDevops()).startsWith(OLD_TEXT);
    }

    @Test
    @Order(2)
    void aSignedPushWebhookPullsValidatesAndServesTheNewCommit() throws Exception {
        String commit = pushEdit(OLD_TEXT, "Designs pulled canary analysis:");

        assertThat(post(
                        "{\"ref\":\"refs/heads/main\"}",
                        "X-Hub-Signature-256",
                        "sha256=" + hmac("{\"ref\":\"refs/heads/main\"}")))
                .isEqualTo(202);

        await().atMost(Duration.ofSeconds(5)).until(() -> seniorDevops().startsWith("Designs pulled canary analysis:"));
        assertThat(catalogs.current().revision()).isEqualTo(commit.substring(0, 12));
    }

    @Test
    @Order(3)
    void forgedOrMissingSignaturesAreRefusedAndGitLabTokensAccepted() throws Exception {
        assertThat(post("{}", "X-Hub-Signature-256", "sha256=" + "0".repeat(64)))
                .isEqualTo(401);
        assertThat(post("{}", "X-Gitlab-Token", "wrong")).isEqualTo(401);
        assertThat(post("{}", "X-Other", "x")).isEqualTo(401);
        assertThat(post("{}", "X-Gitlab-Token", SECRET)).isEqualTo(202);
    }

    @Test
    @Order(4)
    void localEditsAreReportedAsDriftAndNeverOverwritten() throws Exception {
        Path file = temp.resolve("checkout/catalog/build-deploy/canary-releases.yml");
        String edited = Files.readString(file).replace("group: Rollouts", "group: Rollouts (edited on the server)");
        Files.writeString(file, edited);
        pushEdit("Designs pulled canary analysis:", "Designs later canary analysis:");

        assertThat(post("{}", "X-Gitlab-Token", SECRET)).isEqualTo(202);

        // the edit is there from the start; "not pulled" comes only once the webhook's fetch has run
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(
                        () -> assertThat(aboutText()).contains("not pulled").contains("1 files edited locally"));
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(
                        () -> assertThat(health()).contains("\"git\":\"main: ").contains("files edited locally"));
        assertThat(Files.readString(file)).isEqualTo(edited);
    }

    private String health() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness"))
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private String seniorDevops() {
        return ((Section) commands.answer(Invocation.cli("en"), "canary senior devops")
                        .blocks()
                        .get(0))
                .text();
    }

    private String aboutText() {
        return ((Section)
                        commands.answer(Invocation.cli("en"), "about").blocks().get(0))
                .text();
    }

    private static String pushEdit(String from, String to) throws Exception {
        return CatalogRemote.pushEdit(remote, from, to);
    }

    private static String remoteHead() throws Exception {
        return CatalogRemote.head(remote);
    }

    private int post(String body, String header, String value) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/hooks/catalog"))
                .header(header, value)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String hmac(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
