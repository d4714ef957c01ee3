package dev.skillbot.digest;

import dev.skillbot.concurrent.DaemonThreads;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the scheduler once at start-up (so a replica that was down catches up) and then every
 * tick; flushes lookup counts on the same beat and once more on shutdown.
 */
public final class DigestTicker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DigestTicker.class);

    private final DigestScheduler scheduler;
    private final LookupCounter counter;
    private final Duration tick;
    private final List<DigestRunListener> listeners;
    private ScheduledExecutorService executor;

    public DigestTicker(
            DigestScheduler scheduler, LookupCounter counter, Duration tick, List<DigestRunListener> listeners) {
        this.scheduler = scheduler;
        this.counter = counter;
        this.tick = tick;
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public synchronized void start() {
        executor = DaemonThreads.scheduler("digest-ticker");
        executor.scheduleWithFixedDelay(this::beat, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void beat() {
        try {
            counter.flush();
            scheduler.runDue().ifPresent(run -> listeners.forEach(listener -> listener.ran(run)));
        } catch (RuntimeException e) {
            log.warn("Digest run failed, retrying next tick: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
        counter.flush();
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
