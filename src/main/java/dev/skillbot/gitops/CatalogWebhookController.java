package dev.skillbot.gitops;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /hooks/catalog}: a push to the catalog's repository triggers a pull. Accepts GitHub
 * ({@code X-Hub-Signature-256}, an HMAC of the body) and GitLab ({@code X-Gitlab-Token}) webhooks
 * signed with {@code SKILLBOT_CATALOG_GIT_WEBHOOK_SECRET}; anything else gets 401.
 */
@RestController
@ConditionalOnExpression(GitOpsConfiguration.REMOTE_CATALOG)
class CatalogWebhookController {

    private final GitCatalogPoller poller;
    private final byte[] secret;

    CatalogWebhookController(GitCatalogPoller poller, GitCatalogProperties git) {
        this.poller = poller;
        this.secret = git.webhookSecret().getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping("/hooks/catalog")
    ResponseEntity<String> push(@RequestBody(required = false) byte[] body,
                                @RequestHeader(value = "X-Hub-Signature-256", required = false) String githubSignature,
                                @RequestHeader(value = "X-Gitlab-Token", required = false) String gitlabToken) {
        if (secret.length == 0) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body("webhook disabled: set SKILLBOT_CATALOG_GIT_WEBHOOK_SECRET\n");
        }
        byte[] payload = body == null ? new byte[0] : body;
        boolean github = githubSignature != null && equal(githubSignature, "sha256=" + hmac(payload));
        boolean gitlab = gitlabToken != null && equal(gitlabToken, new String(secret, StandardCharsets.UTF_8));
        if (!github && !gitlab) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body("bad or missing signature\n");
        }
        poller.pullSoon();
        return ResponseEntity.accepted().body("pulling\n");
    }

    private String hmac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static boolean equal(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
