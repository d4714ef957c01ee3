package dev.skillbot.concurrent;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tries again, on a daemon thread of its own, something that failed: after the first wait, then twice as long after
 * each further failure, up to a longest wait. Closing it stops the tries not yet started.
 */
public final class Retries implements AutoCloseable {

    private final ScheduledExecutorService scheduler;
    private final Duration first;
    private final Duration longest;
    private int failures;
    private boolean closed;

    public Retries(String threadName, Duration first, Duration longest) {
        this.scheduler = DaemonThreads.scheduler(threadName);
        this.first = first;
        this.longest = longest;
    }

    /** Counts a failure and runs {@code again} after the wait it earns, which it returns. */
    public synchronized Duration failed(Runnable again) {
        failures++;
        Duration wait = wait(first, failures, longest);
        if (!closed) {
            try {
                scheduler.schedule(again, wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // closed meanwhile
            }
        }
        return wait;
    }

    /** Failures so far, as a note says them ("1 try", "3 tries"). */
    public synchronized String tries() {
        return failures + (failures == 1 ? " try" : " tries");
    }

    public synchronized int failures() {
        return failures;
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        scheduler.shutdownNow();
    }

    /** The wait after the {@code failure}-th failure in a row (1 for the first). */
    public static Duration wait(Duration first, int failure, Duration longest) {
        Duration wait = first;
        for (int i = 1; i < failure && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }

    /** A wait as a log line says it: milliseconds under a second, whole seconds from there. */
    public static String shown(Duration wait) {
        return wait.toMillis() < 1_000 ? wait.toMillis() + " ms" : wait.toSeconds() + " s";
    }
}
