package dev.skillbot.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * Interaction ids this process has taken on, kept for the 15 minutes an interaction lives, so
 * that an event delivered twice (a replayed dispatch after a gateway resume) is handled once.
 * Across replicas, disjoint shard ranges ensure the same.
 */
final class SeenInteractions {

    private final Cache<Long, Boolean> seen = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(15))
            .maximumSize(100_000)
            .build();

    /** True the first time an interaction id is offered, false ever after. */
    boolean first(long interactionId) {
        return seen.asMap().putIfAbsent(interactionId, Boolean.TRUE) == null;
    }
}
