package dev.skillbot.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature: {@code v0=} + hex(HMAC-SHA256(signing secret, {@code v0:timestamp:body}))
 * in {@code X-Slack-Signature}, over the raw body, with a timestamp no more than 5 minutes away
 * from now (either way, as Bolt checks it).
 */
final class SlackSignature {

    static final Duration MAX_AGE = Duration.ofMinutes(5);

    enum Verdict {
        VALID,
        MISSING,
        STALE,
        FORGED
    }

    private final SecretKeySpec key;
    private final Clock clock;

    SlackSignature(String signingSecret, Clock clock) {
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.clock = clock;
    }

    Verdict verify(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null) {
            return Verdict.MISSING;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return Verdict.FORGED;
        }
        if (Math.abs(clock.instant().getEpochSecond() - seconds) > MAX_AGE.toSeconds()) {
            return Verdict.STALE;
        }
        byte[] expected = sign(timestamp, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8))
                ? Verdict.VALID
                : Verdict.FORGED;
    }

    String sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
