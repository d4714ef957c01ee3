package dev.skillbot.observability;

import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.catalog.ReloadStatus;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** UP once a catalog is loaded; a failed reload shows in the details while the last good catalog serves. */
public final class CatalogHealthIndicator implements HealthIndicator {

    private final CatalogReloader catalogs;

    public CatalogHealthIndicator(CatalogReloader catalogs) {
        this.catalogs = catalogs;
    }

    @Override
    public Health health() {
        ReloadStatus status = catalogs.status();
        if (status == null || status.servingRevision() == null) {
            return Health.down().withDetail("catalog", "not loaded").build();
        }
        return Health.up()
                .withDetail("revision", status.servingRevision())
                .withDetail("skills", catalogs.current().skills().size())
                .withDetail("lastReload", status.at().toString())
                .withDetail("lastReloadSucceeded", status.succeeded())
                .withDetail("problems", status.problems().size())
                .build();
    }
}
