package dev.skillbot.gitops;

import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.concurrent.DaemonThreads;
import dev.skillbot.suggestion.CatalogWriter;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Pulls the catalog on an interval, and at once when a push webhook arrives; every pull is validated, then swapped. */
public final class GitCatalogPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GitCatalogPoller.class);

    private final GitCatalogSync sync;
    private final CatalogReloader catalogs;
    private final CatalogWriter writer;
    private final Duration interval;
    private ScheduledExecutorService executor;

    /** Pulls go through the writer's lock: never while an approved edit is being written to the same clone. */
    public GitCatalogPoller(GitCatalogSync sync, CatalogReloader catalogs, CatalogWriter writer, Duration interval) {
        this.sync = sync;
        this.catalogs = catalogs;
        this.writer = writer;
        this.interval = interval;
    }

    /** Pulls in the background; returns at once. */
    public synchronized void pullSoon() {
        if (executor != null) {
            executor.execute(this::pullAndReload);
        }
    }

    /** A failure is logged and the next pull tries again: a scheduled task that throws is never run again. */
    void pullAndReload() {
        try {
            if (writer.exclusively(sync::pull) == GitCatalogSync.Pulled.UPDATED) {
                catalogs.reloadNow();
            }
        } catch (RuntimeException e) {
            log.warn("Catalog pull failed, trying again in {}: {}", interval, e.toString());
        }
    }

    @Override
    public synchronized void start() {
        executor = DaemonThreads.scheduler("catalog-git-poller");
        executor.scheduleWithFixedDelay(
                this::pullAndReload, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
