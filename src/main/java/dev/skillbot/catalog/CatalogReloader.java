package dev.skillbot.catalog;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the latest good catalog and reloads it when its files change: file-system events,
 * debounced, plus a periodic check of sizes and modification times for file systems that deliver
 * no events. A snapshot is swapped atomically; an invalid edit is reported and the last good
 * snapshot keeps serving.
 */
public final class CatalogReloader implements CatalogSource, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CatalogReloader.class);

    private final Path dir;
    private final CatalogLoader loader;
    private final Duration pollInterval;
    private final Duration debounce;
    private final Clock clock;
    private final AtomicReference<Catalog> current = new AtomicReference<>();
    private final AtomicReference<ReloadStatus> status = new AtomicReference<>();
    private final List<Consumer<ReloadStatus>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService scheduler = DaemonThreads.scheduler("catalog-reloader");
    private ScheduledFuture<?> pendingReload;
    private WatchService watchService;
    private volatile String fingerprint = "";

    public CatalogReloader(Path dir, CatalogLoader loader, Duration pollInterval, Duration debounce, Clock clock) {
        this.dir = dir;
        this.loader = loader;
        this.pollInterval = pollInterval;
        this.debounce = debounce;
        this.clock = clock;
    }

    /** Loads the catalog once; fails when it is invalid, since there is no older snapshot to serve. */
    public CatalogReloader start() {
        ReloadStatus first = reloadNow();
        if (!first.succeeded()) {
            throw new InvalidCatalogException(dir, first.problems());
        }
        scheduler.scheduleWithFixedDelay(this::reloadIfFilesChanged, pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        startWatching();
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

    public void onReload(Consumer<ReloadStatus> listener) {
        listeners.add(listener);
    }

    /** Loads the files now and swaps the snapshot if they are valid and changed. */
    public synchronized ReloadStatus reloadNow() {
        String seen = fingerprint();
        LoadResult result = loader.load(dir);
        Catalog previous = current.get();
        ReloadStatus outcome;
        if (result.valid()) {
            Catalog loaded = result.catalog().orElseThrow();
            if (previous == null || !previous.revision().equals(loaded.revision())) {
                current.set(loaded);
                log.info("Catalog {} loaded from {}: {} skills, {} cells", loaded.revision(), dir, loaded.skills().size(), loaded.cellCount());
            }
            outcome = new ReloadStatus(clock.instant(), true, loaded.revision(), List.of());
        } else {
            String serving = previous == null ? null : previous.revision();
            log.warn("Catalog in {} is invalid; {}:{}{}", dir,
                    serving == null ? "nothing to serve" : "still serving revision " + serving,
                    System.lineSeparator(), String.join(System.lineSeparator(), result.problems().stream().map(Problem::toString).toList()));
            outcome = new ReloadStatus(clock.instant(), false, serving, result.problems());
        }
        fingerprint = seen;
        status.set(outcome);
        listeners.forEach(listener -> listener.accept(outcome));
        return outcome;
    }

    private void reloadIfFilesChanged() {
        try {
            if (!fingerprint().equals(fingerprint)) {
                reloadNow();
            }
        } catch (RuntimeException e) {
            log.warn("Catalog check failed: {}", e.toString());
        }
    }

    private synchronized void scheduleReload() {
        if (scheduler.isShutdown()) {
            return; // closing: a late file event has nothing left to reload
        }
        if (pendingReload != null) {
            pendingReload.cancel(false);
        }
        pendingReload = scheduler.schedule(this::reloadIfFilesChanged, debounce.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Paths, sizes and modification times of every catalog file: cheap to compute, changes with any edit. */
    private String fingerprint() {
        try {
            StringBuilder print = new StringBuilder();
            for (Path file : CatalogFiles.yamlFiles(dir)) {
                print.append(file).append('|').append(Files.size(file)).append('|')
                        .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
            }
            return print.toString();
        } catch (IOException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    private void startWatching() {
        try {
            watchService = FileSystems.getDefault().newWatchService();
            registerTree();
            Thread watcher = new Thread(this::watch, "catalog-watcher");
            watcher.setDaemon(true);
            watcher.start();
        } catch (IOException | UnsupportedOperationException e) {
            log.info("No file events for {} ({}); checking every {}", dir, e.getMessage(), pollInterval);
        }
    }

    private void registerTree() throws IOException {
        try (Stream<Path> folders = Files.walk(dir)) {
            for (Path folder : folders.filter(Files::isDirectory).filter(path -> !isHidden(path)).toList()) {
                folder.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private boolean isHidden(Path folder) {
        for (Path part : dir.relativize(folder)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private void watch() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watchService.take();
                key.pollEvents();
                key.reset();
                registerTree();
                scheduleReload();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closing
        } catch (IOException e) {
            log.warn("Stopped watching {}: {}; periodic checks go on", dir, e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        scheduler.shutdownNow();
        if (watchService != null) {
            try {
                watchService.close();
            } catch (IOException e) {
                log.debug("Closing the catalog watcher: {}", e.getMessage());
            }
        }
    }
}
