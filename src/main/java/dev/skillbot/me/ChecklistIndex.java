package dev.skillbot.me;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import java.util.List;
import java.util.Optional;

/**
 * Promotion checklists kept per catalog revision, role and pair of levels: each is computed once,
 * on first use, and then answered from memory (the benchmark in docs/benchmarks.md measures both).
 * A reload changes the revision and so the key: {@link #refresh} then recomputes for the new
 * revision the checklists people asked for, and forgets the old revision's.
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

    /**
     * After a reload: computes for {@code catalog} the checklists asked of earlier revisions, ahead of
     * the next question, and forgets those of earlier revisions. Only what was asked, since each
     * checklist walks every skill and lives as long as its revision: computing all of them on every
     * reload would allocate and keep megabytes a reload of a large catalog (issue 19's reload tail).
     */
    public void refresh(Catalog catalog) {
        List<Key> earlier = checklists.asMap().keySet().stream()
                .filter(key -> !key.revision().equals(catalog.revision()))
                .toList();
        checklists.invalidateAll(earlier);
        for (Key key : earlier) {
            catalog.role(key.role())
                    .ifPresent(role -> catalog.level(key.from())
                            .ifPresent(from -> catalog.level(key.to()).ifPresent(to -> get(catalog, role, from, to))));
        }
    }

    /** The checklist if it is computed already, without computing it. */
    Optional<PromotionChecklist> computed(Catalog catalog, Role role, Level from, Level to) {
        return Optional.ofNullable(checklists.getIfPresent(new Key(catalog.revision(), role.id(), from.id(), to.id())));
    }

    /** How many checklists are kept, of any revision. */
    long size() {
        checklists.cleanUp();
        return checklists.estimatedSize();
    }
}
