package dev.skillbot.catalog;

import dev.skillbot.concurrent.DaemonThreads;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the latest good catalog and reloads it when its files change: file-system events,
 * debounced, plus a periodic check of sizes and modification times for file systems that deliver
 * no events, or when events stop. A snapshot is swapped atomically; an invalid edit is reported and
 * the last good snapshot keeps serving. A failed check is logged and tried again at the next one.
 * Each reload's outcome is handed to a {@link ReloadNotifier}, whose listeners hear it on their own
 * threads, never under this reloader's lock.
 */
public final class CatalogReloader implements CurrentCatalog, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CatalogReloader.class);

    private final Path dir;
    private final CatalogLoader loader;
    private final Clock clock;
    private final ReloadTriggers triggers;
    private final AtomicReference<Catalog> current = new AtomicReference<>();
    private final AtomicReference<ReloadStatus> status = new AtomicReference<>();
    private final ReloadNotifier listeners;
    private final AtomicLong reloadRequests = new AtomicLong();
    private long reloadedUpTo;

    public CatalogReloader(Path dir, CatalogLoader loader, Duration pollInterval, Duration debounce, Clock clock) {
        this(dir, loader, pollInterval, debounce, clock, ReloadNotifier.none());
    }

    /** Telling {@code listeners} about every reload after the first load; closing the reloader closes them. */
    public CatalogReloader(
            Path dir,
            CatalogLoader loader,
            Duration pollInterval,
            Duration debounce,
            Clock clock,
            ReloadNotifier listeners) {
        this(
                dir,
                loader,
                pollInterval,
                debounce,
                clock,
                DaemonThreads.scheduler("catalog-reloader"),
                CatalogWatcher.PLATFORM,
                listeners);
    }

    /** With the scheduler that runs the periodic check and the debounced reloads, and the source of file events. */
    CatalogReloader(
            Path dir,
            CatalogLoader loader,
            Duration pollInterval,
            Duration debounce,
            Clock clock,
            ScheduledExecutorService scheduler,
            CatalogWatcher.Source events) {
        this(dir, loader, pollInterval, debounce, clock, scheduler, events, ReloadNotifier.none());
    }

    private CatalogReloader(
            Path dir,
            CatalogLoader loader,
            Duration pollInterval,
            Duration debounce,
            Clock clock,
            ScheduledExecutorService scheduler,
            CatalogWatcher.Source events,
            ReloadNotifier listeners) {
        this.listeners = listeners;
        this.dir = dir;
        this.loader = loader;
        this.clock = clock;
        this.triggers = new ReloadTriggers(dir, pollInterval, debounce, scheduler, events, this::reloadNow);
    }

    /** Loads the catalog once; fails when it is invalid, since there is no older snapshot to serve. */
    public CatalogReloader start() {
        ReloadStatus first = load();
        if (!first.succeeded()) {
            throw new InvalidCatalogException(dir, first.problems());
        }
        triggers.start();
        return this;
    }

    @Override
    public Catalog current() {
        Catalog catalog = current.get();
        if (catalog == null) {
            throw new IllegalStateException("the catalog has not been loaded yet");
        }
        return catalog;
    }

    public ReloadStatus status() {
        return status.get();
    }

    public Path dir() {
        return dir;
    }

    /**
     * Makes sure a reload that started after this call has finished, so a file written before it is
     * served. Writers finishing together share one reload instead of queueing one each.
     */
    public ReloadStatus reloadAfterWrite() {
        long ticket = reloadRequests.incrementAndGet();
        synchronized (this) {
            if (reloadedUpTo >= ticket) {
                return status();
            }
            long covered = reloadRequests.get();
            ReloadStatus outcome = reloadNow();
            reloadedUpTo = covered;
            return outcome;
        }
    }

    /**
     * Loads the files now and swaps the snapshot if they are valid and changed. The listeners are only
     * handed the outcome here (in the order of the reloads); they hear it on their own threads.
     */
    public synchronized ReloadStatus reloadNow() {
        ReloadStatus outcome = load();
        listeners.publish(outcome);
        return outcome;
    }

    private synchronized ReloadStatus load() {
        String seen;
        LoadResult result;
        try {
            // one walk names the files this load reads and what the periodic check compares with
            CatalogFiles.Listing listing = CatalogFiles.listing(dir);
            seen = listing.fingerprint();
            result = loader.load(dir, listing.files());
        } catch (IOException e) {
            seen = ReloadTriggers.unreadable(e);
            result = loader.load(dir);
        }
        Catalog previous = current.get();
        ReloadStatus outcome;
        if (result.valid()) {
            Catalog loaded = result.catalog().orElseThrow();
            if (previous == null || !previous.revision().equals(loaded.revision())) {
                current.set(loaded);
                log.info(
                        "Catalog {} loaded from {}: {} skills, {} cells",
                        loaded.revision(),
                        dir,
                        loaded.skills().size(),
                        loaded.cellCount());
            }
            outcome = new ReloadStatus(clock.instant(), true, loaded.revision(), List.of());
        } else {
            String serving = previous == null ? null : previous.revision();
            log.warn(
                    "{}; {}:{}{}",
                    ProblemReport.headline(dir, result.problems()),
                    serving == null ? "nothing to serve" : "still serving revision " + serving,
                    System.lineSeparator(),
                    String.join(
                            System.lineSeparator(),
                            result.problems().stream().map(Problem::toString).toList()));
            outcome = new ReloadStatus(clock.instant(), false, serving, result.problems());
        }
        triggers.loaded(seen);
        status.set(outcome);
        return outcome;
    }

    @Override
    public void close() {
        triggers.close();
        listeners.close();
    }
}
