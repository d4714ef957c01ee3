package dev.skillbot.discord;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CurrentCatalog;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A catalog source that, while closed, makes every answer wait; a test sees how many answers are waiting. */
final class GatedCatalog implements CurrentCatalog {

    private final Catalog catalog;
    private final AtomicInteger waiting = new AtomicInteger();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    GatedCatalog(Catalog catalog) {
        this.catalog = catalog;
    }

    void close() {
        gate = new CountDownLatch(1);
    }

    void open() {
        gate.countDown();
    }

    /** Answers waiting at the closed gate now. */
    int waiting() {
        return waiting.get();
    }

    @Override
    public Catalog current() {
        CountDownLatch current = gate;
        if (current.getCount() == 0) {
            return catalog;
        }
        waiting.incrementAndGet();
        try {
            if (!current.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never opened the gate");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting at the gate", e);
        } finally {
            waiting.decrementAndGet();
        }
        return catalog;
    }
}
