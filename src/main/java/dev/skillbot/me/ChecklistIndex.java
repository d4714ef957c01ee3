package dev.skillbot.me;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;

/**
 * Promotion checklists kept per catalog revision, role and pair of levels: each is computed once,
 * on first use, and then answered from memory (the benchmark in docs/benchmarks.md measures both).
 * A reload changes the revision and so the key; the old entries age out by size.
 */
public final class ChecklistIndex {

    private static final int MAX_CHECKLISTS = 512;

    private record Key(String revision, String role, String from, String to) {}

    private final Cache<Key, PromotionChecklist> checklists =
            Caffeine.newBuilder().maximumSize(MAX_CHECKLISTS).build();

    public PromotionChecklist get(Catalog catalog, Role role, Level from, Level to) {
        return checklists.get(
                new Key(catalog.revision(), role.id(), from.id(), to.id()),
                key -> PromotionChecklist.of(catalog, role, from, to));
    }

    /** Every pair of levels of every role at once, as a reload listener may do ahead of the first question. */
    public void precompute(Catalog catalog) {
        for (Role role : catalog.roles()) {
            for (Level from : catalog.levels()) {
                catalog.next(from).ifPresent(to -> get(catalog, role, from, to));
            }
        }
    }
}
