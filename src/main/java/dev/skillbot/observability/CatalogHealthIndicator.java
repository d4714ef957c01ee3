package dev.skillbot.observability;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.catalog.ReloadStatus;
import dev.skillbot.gitops.GitDrift;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * UP once a catalog is loaded; a failed reload shows in the details while the last good catalog
 * serves, and so does Git drift (local edits, commits not pushed or not pulled). Drift is read in
 * the background, at most every 30 s: reading a large work tree can take longer than a probe may
 * wait, so a probe shows the last reading (at first, that it is being read) instead of waiting.
 */
public final class CatalogHealthIndicator implements HealthIndicator {

    private final CatalogReloader catalogs;
    private final AsyncLoadingCache<String, String> drift = Caffeine.newBuilder()
            .refreshAfterWrite(Duration.ofSeconds(30))
            .buildAsync(dir -> GitDrift.describe(Path.of(dir)).orElse("not a Git work tree"));

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
                .withDetail("git", drift.get(catalogs.dir().toString()).getNow("being read"))
                .build();
    }
}
