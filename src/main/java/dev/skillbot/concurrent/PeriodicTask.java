package dev.skillbot.concurrent;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs one task every {@code interval} (the first time {@code interval} or {@code first} after the start) on a
 * daemon thread of its own, from the application's start to its stop; other work handed to it ({@link #execute}) runs on the same thread between two runs.
 * The task must catch its own failures: a task that throws is not run again. Stopping interrupts
 * the work under way and waits for the thread to end, so none outlives the application context;
 * work handed to it before its start or after its stop is refused ({@link RejectedExecutionException}).
 */
public final class PeriodicTask implements SmartLifecycle, Executor {

    /** How long a stop waits for the work under way to notice the interruption. */
    static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(PeriodicTask.class);

    private final String name;
    private final Runnable task;
    private final Duration first;
    private final Duration interval;
    private ScheduledExecutorService executor;
    private Thread thread;

    public PeriodicTask(String name, Runnable task, Duration interval) {
        this(name, task, interval, interval);
    }

    /** The first run {@code first} after the start (zero: at once), then every {@code interval}. */
    public PeriodicTask(String name, Runnable task, Duration first, Duration interval) {
        this.name = name;
        this.task = task;
        this.first = first;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            thread = DaemonThreads.named(name).newThread(runnable);
            return thread;
        });
        executor.scheduleWithFixedDelay(task, first.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void execute(Runnable work) {
        if (executor == null) {
            throw new RejectedExecutionException(name + " is not running");
        }
        executor.execute(work);
    }

    @Override
    public void stop() {
        Thread ending;
        synchronized (this) {
            if (executor == null) {
                return;
            }
            executor.shutdownNow();
            executor = null;
            ending = thread;
            thread = null;
        }
        if (ending != null) {
            try {
                ending.join(STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (ending.isAlive()) {
                log.warn("{} did not stop within {}", name, STOP_WAIT);
            }
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
