package dev.skillbot.catalog;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** A single-threaded scheduler on a named daemon thread, for background loops that must never keep the JVM alive. */
public final class DaemonScheduler {

    private DaemonScheduler() {
    }

    public static ScheduledExecutorService named(String name) {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
