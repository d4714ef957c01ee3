package dev.skillbot.gitops;

import dev.skillbot.catalog.DaemonThreads;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Pulls as soon as another replica published a catalog commit: reads the announced head every
 * {@code interval} (one indexed row) and asks the poller to pull when it is not this clone's head.
 */
final class CatalogHeadWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CatalogHeadWatcher.class);

    private final CatalogHeads heads;
    private final Supplier<String> localHead;
    private final Runnable pull;
    private final Duration interval;
    private ScheduledExecutorService executor;
    private String lastAsked = "";

    CatalogHeadWatcher(CatalogHeads heads, Supplier<String> localHead, Runnable pull, Duration interval) {
        this.heads = heads;
        this.localHead = localHead;
        this.pull = pull;
        this.interval = interval;
    }

    void check() {
        try {
            Optional<String> announced = heads.latest();
            if (announced.isPresent() && !announced.get().equals(localHead.get()) && !announced.get().equals(lastAsked)) {
                lastAsked = announced.get();
                pull.run();
            }
        } catch (RuntimeException e) {
            log.debug("Catalog head not read: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        executor = DaemonThreads.scheduler("catalog-head-watcher");
        executor.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
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
