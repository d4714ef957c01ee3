package dev.skillbot.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.catalog.ReloadStatus;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The load at start-up and every reload heard after it, counted by outcome. */
class CatalogReloadMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void countsTheLoadAtStartUpAndEachReloadByOutcome() {
        CatalogReloadMetrics metrics = new CatalogReloadMetrics(registry, status(true));

        metrics.catalogReloaded(status(false));
        metrics.catalogReloaded(status(true));
        metrics.catalogReloaded(status(false));

        assertThat(count("success")).isEqualTo(2);
        assertThat(count("failure")).isEqualTo(2);
    }

    private double count(String outcome) {
        return registry.get("skillbot.catalog.reloads")
                .tag("outcome", outcome)
                .counter()
                .count();
    }

    private static ReloadStatus status(boolean succeeded) {
        return new ReloadStatus(Instant.parse("2026-11-26T10:00:00Z"), succeeded, "rev", List.of());
    }
}
