package dev.skillbot.catalog;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the catalog is loaded again: file-system events, debounced, and a periodic comparison of the
 * files' sizes and modification times with what the last load saw, for file systems that deliver no
 * events, or when events stop. A failed check is logged and the next one tries again.
 */
final class ReloadTriggers implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReloadTriggers.class);

    private final Path dir;
    private final Duration pollInterval;
    private final Duration debounce;
    private final ScheduledExecutorService scheduler;
    private final CatalogWatcher watcher;
    private final Runnable reload;
    private final Object scheduling = new Object();
    private ScheduledFuture<?> pendingReload;
    private volatile String fingerprint = "";

    ReloadTriggers(
            Path dir,
            Duration pollInterval,
            Duration debounce,
            ScheduledExecutorService scheduler,
            CatalogWatcher.Source events,
            Runnable reload) {
        this.dir = dir;
        this.pollInterval = pollInterval;
        this.debounce = debounce;
        this.scheduler = scheduler;
        this.reload = reload;
        this.watcher =
                new CatalogWatcher(dir, events, this::scheduleReload, "checking every " + pollInterval + " instead");
    }

    void start() {
        scheduler.scheduleWithFixedDelay(
                this::reloadIfFilesChanged, pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        watcher.start();
    }

    /** The files' sizes and modification times now, taken before a load reads them. */
    String fingerprint() {
        try {
            return CatalogFiles.fingerprint(dir);
        } catch (IOException e) {
            return unreadable(e);
        }
    }

    /** What a check finds when the directory cannot be walked: a change from any readable state. */
    static String unreadable(IOException e) {
        return "unreadable: " + e.getMessage();
    }

    /** A load has read the files as {@code seen}: only a change from it calls for another. */
    void loaded(String seen) {
        fingerprint = seen;
    }

    /** The periodic check and the debounced reload; a failure is logged and the next check tries again. */
    private void reloadIfFilesChanged() {
        try {
            if (!fingerprint().equals(fingerprint)) {
                reload.run();
            }
        } catch (RuntimeException e) {
            log.warn("Catalog check of {} failed, trying again within {}: {}", dir, pollInterval, e.toString());
        }
    }

    private void scheduleReload() {
        synchronized (scheduling) {
            if (scheduler.isShutdown()) {
                return; // closing: a late file event has nothing left to reload
            }
            if (pendingReload != null) {
                pendingReload.cancel(false);
            }
            pendingReload = scheduler.schedule(this::reloadIfFilesChanged, debounce.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        synchronized (scheduling) {
            scheduler.shutdownNow();
        }
        watcher.close();
    }
}
