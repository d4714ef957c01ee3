package dev.skillbot.gitops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.testing.StreamingPost;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What a stranger can post to {@code /hooks/catalog}: bodies too large to hold, junk, signed or not. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class CatalogWebhookTest {

    private static final String SECRET = "webhook-s3cret";
    private static final long MB = 1024 * 1024;
    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String PUSH = "{\"ref\":\"refs/heads/main\",\"commits\":[{\"message\":\"x\\ny\"}]}";

    @TempDir
    static Path temp;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void remoteCatalog(DynamicPropertyRegistry registry) throws Exception {
        CatalogRemote.serve(temp, SECRET, registry);
    }

    @Test
    void bodiesOverTheLimitAreRefusedWith413BeforeTheyAreRead() throws Exception {
        Map<String, String> headers = Map.of("Content-Type", JSON, "X-Hub-Signature-256", "sha256=" + "0".repeat(64));
        for (boolean chunked : List.of(false, true)) {
            StreamingPost.Result result = StreamingPost.send(port, "/hooks/catalog", 400 * MB, chunked, headers);

            assertThat(result.status()).as("chunked %s", chunked).isEqualTo(413);
            assertThat(result.written())
                    .as("bytes the server took, chunked %s", chunked)
                    .isLessThan(400 * MB);
        }
        assertThat(github(PUSH, JSON).statusCode()).isEqualTo(202);
    }

    @Test
    void theLimitIsGitHubs25Megabytes() throws Exception {
        String padded = "{\"ref\":\"refs/heads/main\",\"pad\":\"" + "x".repeat((int) (25 * MB) - 34) + "\"}";
        assertThat(padded).hasSize((int) (25 * MB));

        assertThat(github(padded, JSON).statusCode()).isEqualTo(202);
        assertThat(github(padded + " ", JSON).statusCode()).isEqualTo(413);
    }

    @Test
    void unsignedGets401AndSignedJunk400WithoutAStackTrace(CapturedOutput output) throws Exception {
        int from = output.getAll().length();
        List<String> junkJson =
                List.of("", "{not json", "[]", "42", "{} {}", "{\"a\":1} x", "{\"a\":", "payload=%7B%7D");
        for (String body : junkJson) {
            assertThat(post(body, JSON, Map.of("X-Hub-Signature-256", "sha256=" + hmac("other")))
                            .statusCode())
                    .as(body)
                    .isEqualTo(401);
            assertThat(post(body, JSON, Map.of("X-Gitlab-Token", "wrong")).statusCode())
                    .as(body)
                    .isEqualTo(401);
            assertThat(github(body, JSON).statusCode()).as("GitHub %s", body).isEqualTo(400);
            assertThat(post(body, JSON, Map.of("X-Gitlab-Token", SECRET)).statusCode())
                    .as("GitLab %s", body)
                    .isEqualTo(400);
        }
        for (String body : List.of("payload=%ZZ", "payload=%7Bnot", "a=b", "payload=", "payload=%7B%7D%7B")) {
            assertThat(github(body, FORM).statusCode()).as("form %s", body).isEqualTo(400);
        }
        assertThat(github(PUSH, "text/plain").statusCode()).isEqualTo(400);
        assertThat(output.getAll().substring(from)).doesNotContain("\tat ", " ERROR ");
    }

    @Test
    void pushesAreAcceptedAsJsonAndAsGitHubsDefaultForm() throws Exception {
        String form = "payload=" + java.net.URLEncoder.encode(PUSH, StandardCharsets.UTF_8);

        assertThat(github(PUSH, JSON).statusCode()).isEqualTo(202);
        assertThat(github(PUSH, JSON + "; charset=utf-8").statusCode()).isEqualTo(202);
        assertThat(github(form, FORM).statusCode()).isEqualTo(202);
        assertThat(post(PUSH, JSON, Map.of("X-Gitlab-Token", SECRET)).statusCode())
                .isEqualTo(202);
    }

    private HttpResponse<String> github(String body, String contentType) throws Exception {
        return post(body, contentType, Map.of("X-Hub-Signature-256", "sha256=" + hmac(body)));
    }

    private HttpResponse<String> post(String body, String contentType, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/hooks/catalog"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String hmac(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
