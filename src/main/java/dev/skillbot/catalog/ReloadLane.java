package dev.skillbot.catalog;

import dev.skillbot.concurrent.DaemonThreads;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One listener's own daemon thread and queue: it hears the reloads one after the other, in the order
 * they happened. A failure is logged and the next reload is heard; a listener so slow that
 * {@code backlog} reloads wait for it misses the newer ones, with a warning, instead of filling memory.
 */
final class ReloadLane implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReloadLane.class);

    private final CatalogReloadListener listener;
    private final String name;
    private final ThreadPoolExecutor thread;

    ReloadLane(CatalogReloadListener listener, int backlog) {
        this.listener = listener;
        this.name = listener.getClass().getSimpleName();
        this.thread = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(backlog),
                DaemonThreads.named("catalog-reload-" + name),
                (task, executor) -> {
                    if (!executor.isShutdown()) {
                        log.warn(
                                "Catalog reload listener {} is {} reloads behind; a newer reload is not told to it",
                                name,
                                backlog);
                    }
                });
    }

    void deliver(ReloadStatus status) {
        thread.execute(() -> hear(status));
    }

    private void hear(ReloadStatus status) {
        try {
            listener.catalogReloaded(status);
        } catch (RuntimeException e) {
            log.warn("A catalog reload listener ({}) failed: {}", name, e.toString());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
