package dev.skillbot.catalog;

import dev.skillbot.concurrent.DaemonThreads;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File-system events for a catalog directory and its visible folders, on a daemon thread: each
 * event calls {@code onChange}. Events only make edits show sooner; the reloader's periodic check
 * serves them anyway, so when events cannot start, or stop, a warning says so and nothing else fails.
 */
final class CatalogWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CatalogWatcher.class);

    /** Where file events come from: the platform's {@link WatchService} in production. */
    interface Events extends Closeable {

        void register(Path folder) throws IOException;

        /** Blocks until something changed in a registered folder. */
        void await() throws InterruptedException;
    }

    /** Opens the events of a directory's file system. */
    interface Source {

        Events open(Path dir) throws IOException;
    }

    static final Source PLATFORM = dir -> new PlatformEvents(dir.getFileSystem().newWatchService());

    private final Path dir;
    private final Source source;
    private final Runnable onChange;
    private final String fallback;
    private volatile Events events;
    private volatile boolean closed;

    /** {@code fallback} ends the warnings, saying how edits are found without events. */
    CatalogWatcher(Path dir, Source source, Runnable onChange, String fallback) {
        this.dir = dir;
        this.source = source;
        this.onChange = onChange;
        this.fallback = fallback;
    }

    /** Starts watching; never throws. */
    void start() {
        try {
            events = source.open(dir);
            registerFolders();
            DaemonThreads.start("catalog-watcher", this::watch);
        } catch (IOException | RuntimeException e) {
            log.warn("No file events for {} ({}); {}", dir, e, fallback);
            closeEvents();
        }
    }

    private void watch() {
        try {
            while (!closed) {
                events.await();
                registerFolders(); // a new domain folder is watched from its first event on
                onChange.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            if (!closed) { // closing the watch service ends await() with an exception too
                log.warn("Stopped watching {} for file events ({}); {}", dir, e, fallback);
                closeEvents();
            }
        }
    }

    private void registerFolders() throws IOException {
        for (Path folder : CatalogFiles.folders(dir)) {
            try {
                events.register(folder);
            } catch (NoSuchFileException e) {
                // removed since it was listed: nothing left to watch there
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        closeEvents();
    }

    private void closeEvents() {
        Events open = events;
        if (open != null) {
            try {
                open.close();
            } catch (IOException e) {
                log.debug("Closing the catalog watcher: {}", e.getMessage());
            }
        }
    }

    private record PlatformEvents(WatchService service) implements Events {

        @Override
        public void register(Path folder) throws IOException {
            folder.register(
                    service,
                    StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        }

        @Override
        public void await() throws InterruptedException {
            WatchKey key = service.take();
            key.pollEvents();
            key.reset();
        }

        @Override
        public void close() throws IOException {
            service.close();
        }
    }
}
