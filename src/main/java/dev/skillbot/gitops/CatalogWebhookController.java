package dev.skillbot.gitops;

import jakarta.servlet.http.HttpServletRequest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /hooks/catalog}: a push to the catalog's repository triggers a pull. Accepts GitHub
 * ({@code X-Hub-Signature-256}, an HMAC of the body) and GitLab ({@code X-Gitlab-Token}) webhooks
 * signed with {@code SKILLBOT_CATALOG_GIT_WEBHOOK_SECRET}; anything else gets 401, and a signed body
 * that is not a push payload 400. The body is streamed, never held: its size is bounded by
 * {@code SKILLBOT_HTTP_MAX_WEBHOOK_BODY} (413 past it), and the HMAC is computed as it passes.
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
    ResponseEntity<String> push(
            HttpServletRequest request,
            @RequestHeader(value = "X-Hub-Signature-256", required = false) String githubSignature,
            @RequestHeader(value = "X-Gitlab-Token", required = false) String gitlabToken)
            throws IOException {
        if (secret.length == 0) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body("webhook disabled: set SKILLBOT_CATALOG_GIT_WEBHOOK_SECRET\n");
        }
        boolean gitlab = gitlabToken != null && equal(gitlabToken, new String(secret, StandardCharsets.UTF_8));
        if (!gitlab && githubSignature == null) {
            return unauthorized();
        }
        Mac mac = mac();
        // The payload's form is checked in the same single pass, but only counts once the signature is good.
        boolean wellFormed =
                PushPayload.wellFormed(new MacInputStream(request.getInputStream(), mac), request.getContentType());
        if (!gitlab && !equal(githubSignature, "sha256=" + HexFormat.of().formatHex(mac.doFinal()))) {
            return unauthorized();
        }
        if (!wellFormed) {
            return ResponseEntity.badRequest()
                    .body("not a push payload: one JSON object, as application/json or a form's payload field\n");
        }
        poller.pullSoon();
        return ResponseEntity.accepted().body("pulling\n");
    }

    private static ResponseEntity<String> unauthorized() {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body("bad or missing signature\n");
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static boolean equal(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    /** Feeds every byte read through it to the HMAC. */
    private static final class MacInputStream extends FilterInputStream {

        private final Mac mac;

        MacInputStream(InputStream in, Mac mac) {
            super(in);
            this.mac = mac;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                mac.update((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                mac.update(buffer, offset, n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            return Math.max(0, read(new byte[(int) Math.min(Math.max(n, 0), 8192)]));
        }
    }
}
