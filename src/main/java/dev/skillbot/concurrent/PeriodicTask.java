package dev.skillbot.concurrent;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;

/**
 * Runs one task every {@code interval} on a daemon thread of its own, from the application's start
 * to its stop. The task must catch its own failures: a task that throws is not run again.
 */
public final class PeriodicTask implements SmartLifecycle {

    private final String name;
    private final Runnable task;
    private final Duration interval;
    private ScheduledExecutorService executor;

    public PeriodicTask(String name, Runnable task, Duration interval) {
        this.name = name;
        this.task = task;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        executor = DaemonThreads.scheduler(name);
        executor.scheduleWithFixedDelay(task, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
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
