package dev.skillbot.discord;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Interactions being handled and answers not yet acknowledged by Discord. Each piece of work
 * holds a ticket until it is done; at shut-down {@link #drain} waits, for a bounded time, until
 * no ticket is left, so that JDA is shut down only once every answer it was given has been sent.
 */
final class InFlight {

    private int held;

    /** A ticket for one piece of work; running the returned release more than once counts once. */
    synchronized Runnable hold() {
        held++;
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                release();
            }
        };
    }

    private synchronized void release() {
        held--;
        if (held == 0) {
            notifyAll();
        }
    }

    /** Waits until nothing is held, at most {@code timeout}; false if work was still held then. */
    synchronized boolean drain(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (held > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    synchronized int held() {
        return held;
    }
}
