package dev.skillbot.observability;

import dev.skillbot.catalog.CatalogReloadListener;
import dev.skillbot.catalog.ReloadStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Counts catalog loads and reloads by outcome: {@code skillbot_catalog_reloads_total{outcome=success|failure}}. */
final class CatalogReloadMetrics implements CatalogReloadListener {

    private final Counter succeeded;
    private final Counter failed;

    /** Counting the load at start-up, {@code startUp}, at once. */
    CatalogReloadMetrics(MeterRegistry registry, ReloadStatus startUp) {
        this.succeeded = reloads(registry, "success");
        this.failed = reloads(registry, "failure");
        catalogReloaded(startUp);
    }

    @Override
    public void catalogReloaded(ReloadStatus status) {
        (status.succeeded() ? succeeded : failed).increment();
    }

    private static Counter reloads(MeterRegistry registry, String outcome) {
        return Counter.builder("skillbot.catalog.reloads")
                .description("Catalog loads and reloads by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }
}
