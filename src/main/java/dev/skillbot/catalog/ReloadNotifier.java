package dev.skillbot.catalog;

import dev.skillbot.concurrent.DaemonThreads;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the {@link CatalogReloadListener}s about each reload, away from the reloader: a reload only
 * queues its outcome, which never blocks. One dispatcher thread hands each outcome, in the order of
 * the reloads, to the listeners in their order, each on its own {@link ReloadLane}: a listener that
 * is slow or fails delays or stops no other listener, no reload and no reader.
 *
 * <p>The listeners are looked up at each reload, not when the reloader is built, since they may
 * depend on it. Nothing is told before {@link #open()}: the application opens it once every bean
 * exists, so looking the listeners up never creates one; reloads before that are told then.
 */
public final class ReloadNotifier implements AutoCloseable {

    /** Reloads that may wait for one listener (or, before {@link #open()}, for all) before newer ones are dropped. */
    static final int BACKLOG = 1000;

    private static final Logger log = LoggerFactory.getLogger(ReloadNotifier.class);
    private static final ReloadNotifier NONE = new ReloadNotifier(null);

    private final Supplier<? extends List<? extends CatalogReloadListener>> listeners;
    private final ExecutorService dispatcher;
    private final Map<CatalogReloadListener, ReloadLane> lanes = new ConcurrentHashMap<>();
    private final List<ReloadStatus> held = new ArrayList<>();
    private boolean open;

    public ReloadNotifier(Supplier<? extends List<? extends CatalogReloadListener>> listeners) {
        this.listeners = listeners;
        this.dispatcher = listeners == null
                ? null
                : Executors.newSingleThreadExecutor(DaemonThreads.named("catalog-reload-listeners"));
    }

    /** Tells nobody: for a reloader that nothing listens to. */
    public static ReloadNotifier none() {
        return NONE;
    }

    /** Starts telling the listeners, first about the reloads published so far. */
    public void open() {
        if (dispatcher == null) {
            return;
        }
        log.info(
                "Catalog reloads are told, in this order, to: {}",
                String.join(
                        ", ",
                        listeners.get().stream()
                                .map(listener -> listener.getClass().getSimpleName())
                                .toList()));
        synchronized (held) {
            open = true;
            held.forEach(this::dispatchSoon);
            held.clear();
        }
    }

    /** Queues {@code status} for the listeners and returns at once. */
    void publish(ReloadStatus status) {
        if (dispatcher == null) {
            return;
        }
        synchronized (held) {
            if (open) {
                dispatchSoon(status);
            } else if (held.size() < BACKLOG) {
                held.add(status);
            }
        }
    }

    private void dispatchSoon(ReloadStatus status) {
        try {
            dispatcher.execute(() -> dispatch(status));
        } catch (RejectedExecutionException closed) {
            // closing: nobody is listening any more
        }
    }

    private void dispatch(ReloadStatus status) {
        List<? extends CatalogReloadListener> current;
        try {
            current = listeners.get();
        } catch (RuntimeException e) {
            log.warn(
                    "Catalog reload listeners could not be found; reload at {} not told: {}",
                    status.at(),
                    e.toString());
            return;
        }
        for (CatalogReloadListener listener : current) {
            lanes.computeIfAbsent(listener, heard -> new ReloadLane(heard, BACKLOG))
                    .deliver(status);
        }
    }

    @Override
    public void close() {
        if (dispatcher != null) {
            dispatcher.shutdownNow();
            lanes.values().forEach(ReloadLane::close);
        }
    }
}
