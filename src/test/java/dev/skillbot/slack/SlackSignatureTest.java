package dev.skillbot.slack;

import static dev.skillbot.slack.SlackHttpTest.SECRET;
import static dev.skillbot.slack.SlackHttpTest.VECTOR_BODY;
import static dev.skillbot.slack.SlackHttpTest.VECTOR_SIGNATURE;
import static dev.skillbot.slack.SlackHttpTest.VECTOR_TIMESTAMP;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The check in front of Bolt, against Slack's published test vector, on a clock set around the vector's time. */
class SlackSignatureTest {

    private static final long SIGNED_AT = Long.parseLong(VECTOR_TIMESTAMP);
    private static final byte[] BODY = VECTOR_BODY.getBytes(StandardCharsets.UTF_8);

    @Test
    void thePublishedVectorIsValidWithinFiveMinutesEitherWay() {
        assertThat(at(SIGNED_AT).sign(VECTOR_TIMESTAMP, BODY)).isEqualTo(VECTOR_SIGNATURE);
        for (long now : new long[] {SIGNED_AT, SIGNED_AT + 300, SIGNED_AT - 300}) {
            assertThat(at(now).verify(VECTOR_TIMESTAMP, VECTOR_SIGNATURE, BODY))
                    .as("at %s", now)
                    .isEqualTo(SlackSignature.Verdict.VALID);
        }
    }

    @Test
    void olderThanFiveMinutesOrFromTheFutureIsStale() {
        assertThat(at(SIGNED_AT + 301).verify(VECTOR_TIMESTAMP, VECTOR_SIGNATURE, BODY))
                .isEqualTo(SlackSignature.Verdict.STALE);
        assertThat(at(SIGNED_AT - 301).verify(VECTOR_TIMESTAMP, VECTOR_SIGNATURE, BODY))
                .isEqualTo(SlackSignature.Verdict.STALE);
    }

    @Test
    void anyChangeOrAnythingMissingIsRefused() {
        SlackSignature check = at(SIGNED_AT);
        byte[] changed = (VECTOR_BODY + " ").getBytes(StandardCharsets.UTF_8);

        assertThat(check.verify(VECTOR_TIMESTAMP, VECTOR_SIGNATURE, changed)).isEqualTo(SlackSignature.Verdict.FORGED);
        assertThat(check.verify(VECTOR_TIMESTAMP, VECTOR_SIGNATURE.toUpperCase(), BODY))
                .isEqualTo(SlackSignature.Verdict.FORGED);
        assertThat(check.verify(VECTOR_TIMESTAMP, VECTOR_SIGNATURE.substring(3), BODY))
                .isEqualTo(SlackSignature.Verdict.FORGED);
        assertThat(new SlackSignature("another secret", clock(SIGNED_AT))
                        .verify(VECTOR_TIMESTAMP, VECTOR_SIGNATURE, BODY))
                .isEqualTo(SlackSignature.Verdict.FORGED);
        assertThat(check.verify(VECTOR_TIMESTAMP + "x", VECTOR_SIGNATURE, BODY))
                .isEqualTo(SlackSignature.Verdict.FORGED);
        assertThat(check.verify(null, VECTOR_SIGNATURE, BODY)).isEqualTo(SlackSignature.Verdict.MISSING);
        assertThat(check.verify(VECTOR_TIMESTAMP, null, BODY)).isEqualTo(SlackSignature.Verdict.MISSING);
    }

    private static SlackSignature at(long epochSecond) {
        return new SlackSignature(SECRET, clock(epochSecond));
    }

    private static Clock clock(long epochSecond) {
        return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }
}
