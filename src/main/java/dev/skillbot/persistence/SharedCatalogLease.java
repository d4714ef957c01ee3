package dev.skillbot.persistence;

import dev.skillbot.suggestion.CatalogLease;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalog writer's lease in the shared database (ShedLock's {@code shedlock} table, database
 * time): one replica writes at a time, and a replica that dies holding it is replaced once
 * {@code holdAtMost} has passed. Waits at most {@code waitAtMost} for it, with growing pauses.
 */
public final class SharedCatalogLease implements CatalogLease {

    static final String NAME = "catalog-writer";
    private static final Logger log = LoggerFactory.getLogger(SharedCatalogLease.class);
    private static final long FIRST_PAUSE = Duration.ofMillis(20).toNanos();
    private static final long LONGEST_PAUSE = Duration.ofMillis(100).toNanos();

    private final LockProvider locks;
    private final Duration holdAtMost;
    private final Duration waitAtMost;
    private final Clock clock;

    public SharedCatalogLease(LockProvider locks, Duration holdAtMost, Duration waitAtMost, Clock clock) {
        this.locks = locks;
        this.holdAtMost = holdAtMost;
        this.waitAtMost = waitAtMost;
        this.clock = clock;
    }

    @Override
    public Optional<Held> acquire() {
        long deadline = System.nanoTime() + waitAtMost.toNanos();
        long pause = FIRST_PAUSE;
        while (true) {
            Optional<SimpleLock> lock;
            try {
                lock = locks.lock(new LockConfiguration(clock.instant(), NAME, holdAtMost, Duration.ZERO));
            } catch (RuntimeException e) {
                log.warn("The catalog's write lease could not be taken: {}", e.getMessage());
                return Optional.empty();
            }
            if (lock.isPresent()) {
                return Optional.of(() -> release(lock.get()));
            }
            if (System.nanoTime() - deadline > 0) {
                return Optional.empty();
            }
            LockSupport.parkNanos(pause);
            pause = Math.min(pause * 2, LONGEST_PAUSE);
        }
    }

    private static void release(SimpleLock lock) {
        try {
            lock.unlock();
        } catch (RuntimeException e) {
            log.warn("The catalog's write lease could not be released; it expires by itself: {}", e.getMessage());
        }
    }
}
