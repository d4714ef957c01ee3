package dev.skillbot.catalog;

import dev.skillbot.concurrent.DaemonThreads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What Git and editors do beside a catalog, on a thread of its own until closed: a lock file and an
 * object folder come and go in {@code .git}, a swap file next to a skill file.
 */
final class Churn implements AutoCloseable {

    private final Path dir;
    private final AtomicLong rounds = new AtomicLong();
    private final Thread thread;
    private volatile boolean stopped;
    private volatile RuntimeException failure;

    private Churn(Path dir) {
        this.dir = dir;
        this.thread = DaemonThreads.start("churn", this::run);
    }

    static Churn in(Path dir) {
        return new Churn(dir);
    }

    long rounds() {
        return rounds.get();
    }

    private void run() {
        try {
            Path git = Files.createDirectories(dir.resolve(".git"));
            Path objects = git.resolve("objects").resolve("ab");
            Path swap = dir.resolve("build-deploy").resolve(".canary-releases.yml.swp");
            while (!stopped) {
                Files.writeString(git.resolve("index.lock"), "lock");
                Files.createDirectories(objects);
                Files.writeString(objects.resolve("cdef.yml"), "not: [a skill");
                Files.writeString(swap, "swap");
                Files.delete(swap);
                Files.delete(objects.resolve("cdef.yml"));
                Files.delete(objects);
                Files.delete(git.resolve("index.lock"));
                rounds.incrementAndGet();
            }
        } catch (IOException e) {
            failure = new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        thread.join();
        if (failure != null) {
            throw failure;
        }
    }
}
