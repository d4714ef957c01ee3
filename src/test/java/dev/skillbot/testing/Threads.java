package dev.skillbot.testing;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/** Threads a test starts and watches, for shut-down tests that must know where closing waits. */
public final class Threads {

    private Threads() {}

    /** Runs {@code task} on a new thread named {@code name}; the future completes when it returns. */
    public static Started start(String name, Runnable task) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(
                () -> {
                    try {
                        task.run();
                        done.complete(null);
                    } catch (Throwable e) {
                        done.completeExceptionally(e);
                    }
                },
                name);
        thread.setDaemon(true);
        thread.start();
        return new Started(thread, done);
    }

    /** A started thread and the completion of its task. */
    public record Started(Thread thread, CompletableFuture<Void> done) {

        /** Whether the thread is blocked, waiting, inside a method of {@code type} (not merely passing through it). */
        public boolean waitingIn(Class<?> type) {
            Thread.State state = thread.getState();
            return (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)
                    && Arrays.stream(thread.getStackTrace())
                            .anyMatch(frame -> frame.getClassName().equals(type.getName()));
        }
    }
}
