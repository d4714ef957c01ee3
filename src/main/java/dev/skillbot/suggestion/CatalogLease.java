package dev.skillbot.suggestion;

import java.util.Optional;

/**
 * The catalog writer's lease across processes: held while a write catches up with the remote,
 * commits and pushes, so replicas sharing one remote write one at a time. A holder that dies is
 * replaced once its lease expires.
 */
public interface CatalogLease {

    /** A held lease; closing it releases it. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** The lease, once this process holds it; empty when another holder kept it past the wait. */
    Optional<Held> acquire();

    /** One process alone: the writer's own lock is enough. */
    CatalogLease LOCAL = () -> Optional.of(() -> {});
}
