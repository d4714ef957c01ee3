package dev.skillbot.concurrent;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Named daemon threads, for background work that must never keep the JVM alive. */
public final class DaemonThreads {

    private DaemonThreads() {}

    /** A single-threaded scheduler on a daemon thread called {@code name}. */
    public static ScheduledExecutorService scheduler(String name) {
        return Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, name));
    }

    /** Daemon threads called {@code name}, for an executor of one thread. */
    public static ThreadFactory named(String name) {
        return runnable -> daemon(runnable, name);
    }

    /** Daemon threads named {@code prefix} followed by 1, 2, 3 and so on. */
    public static ThreadFactory numbered(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> daemon(runnable, prefix + count.incrementAndGet());
    }

    /** Starts {@code task} on a new daemon thread called {@code name}. */
    public static Thread start(String name, Runnable task) {
        Thread thread = daemon(task, name);
        thread.start();
        return thread;
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
