package dev.skillbot.digest;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogReloadListener;
import dev.skillbot.catalog.CurrentCatalog;
import dev.skillbot.catalog.ReloadStatus;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records, for the digest, what each new catalog revision changed compared with the one it saw
 * before. It compares the catalog served when it hears a reload, whatever that reload's outcome:
 * heard late, after a failed reload, the catalog may already be a newer valid one.
 */
public final class CatalogChangeRecorder implements CatalogReloadListener {

    private static final Logger log = LoggerFactory.getLogger(CatalogChangeRecorder.class);

    private final CurrentCatalog catalogs;
    private final CatalogChanges changes;
    private final Clock clock;
    private final AtomicReference<Catalog> seen;

    public CatalogChangeRecorder(CurrentCatalog catalogs, CatalogChanges changes, Clock clock) {
        this.catalogs = catalogs;
        this.changes = changes;
        this.clock = clock;
        this.seen = new AtomicReference<>(catalogs.current());
    }

    @Override
    public void catalogReloaded(ReloadStatus status) {
        Catalog now = catalogs.current();
        Catalog before = seen.getAndSet(now);
        if (before.revision().equals(now.revision())) {
            return;
        }
        try {
            changes.record(CatalogDiff.between(before, now, clock.instant()));
        } catch (RuntimeException e) {
            log.warn("Catalog changes of revision {} not recorded for the digest: {}", now.revision(), e.getMessage());
        }
    }
}
