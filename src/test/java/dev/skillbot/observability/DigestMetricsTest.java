package dev.skillbot.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.digest.DigestRun;
import dev.skillbot.digest.IsoWeek;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class DigestMetricsTest {

    @Test
    void countsEachOutcomeOfARun() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        DigestMetrics metrics = new DigestMetrics(registry);
        DigestRun run = new DigestRun(IsoWeek.parse("2026-W48"));
        run.posted().add("SLACK/C1");
        run.posted().add("SLACK/C2");
        run.failed().add("SLACK/C3: channel_not_found");

        metrics.ran(run);

        assertThat(registry.get("skillbot.digest.deliveries")
                        .tag("outcome", "posted")
                        .counter()
                        .count())
                .isEqualTo(2);
        assertThat(registry.get("skillbot.digest.deliveries")
                        .tag("outcome", "failed")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("skillbot.digest.deliveries")
                        .tag("outcome", "unsubscribed")
                        .counter()
                        .count())
                .isZero();
    }
}
