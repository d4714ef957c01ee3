package dev.skillbot.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The typo half of {@link SkillMatcher}: finds the keys sharing the most trigrams with a query and
 * ranks their skills by edit distance, so that typo lookups stay fast on large catalogs.
 */
final class TrigramIndex {

    private static final int TYPO_CANDIDATES = 64;

    private final String[] keys;
    private final int[] keySkills;
    private final TrigramPostings postings;
    private final ThreadLocal<Scratch> scratch;

    /** Indexes {@code keys}, where key {@code k} belongs to the skill at index {@code keySkills[k]}. */
    TrigramIndex(String[] keys, int[] keySkills) {
        this.keys = keys;
        this.keySkills = keySkills;
        this.postings = TrigramPostings.of(keys);
        int keyCount = keys.length;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(keyCount));
    }

    /** The distinct trigrams of {@code key}, in the order they first occur. */
    static long[] distinctTrigrams(String key) {
        int count = TrigramPostings.count(key);
        long[] grams = new long[count];
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            long gram = TrigramPostings.gram(key, i);
            boolean seen = false;
            for (int j = 0; j < distinct && !seen; j++) {
                seen = grams[j] == gram;
            }
            if (!seen) {
                grams[distinct++] = gram;
            }
        }
        return Arrays.copyOf(grams, distinct);
    }

    /** A candidate skill's cost in edits (capped), and how many trigrams its key shares with the query. */
    record Scored(int skill, double cost, int shared) {}

    /** Fewest edits first; among equally distant (or equally far-off) keys, the most shared trigrams. */
    private static final Comparator<Scored> BY_RANK = Comparator.comparingDouble(Scored::cost)
            .thenComparing(Comparator.comparingInt(Scored::shared).reversed())
            .thenComparingInt(Scored::skill);

    /**
     * Skills ranked by edit distance (computed exactly up to {@code editLimit}) among the keys
     * sharing the most trigrams with the query ({@link #distinctTrigrams} of {@code key}, which the caller also
     * weighs candidates by), best first, each skill once.
     */
    List<Scored> closest(String key, long[] distinctTrigrams, int editLimit) {
        Scratch scratch = this.scratch.get();
        int[] shared = scratch.shared;
        int[] hits = scratch.hits;
        int hitCount = 0;
        int maxShared = 0;
        for (long gram : distinctTrigrams) {
            int[] posting = postings.get(gram);
            if (posting == null) {
                continue;
            }
            for (int k : posting) {
                if (shared[k]++ == 0) {
                    hits[hitCount++] = k;
                }
                maxShared = Math.max(maxShared, shared[k]);
            }
        }
        int[] top = topByShared(hits, hitCount, shared, maxShared, TYPO_CANDIDATES);
        Map<Integer, Scored> bestPerSkill = new HashMap<>();
        for (int k : top) {
            int distances = scratch.editDistance.distances(key, keys[k], editLimit);
            double cost = Math.min(EditDistance.whole(distances), EditDistance.prefix(distances) + 0.5);
            Scored candidate = new Scored(keySkills[k], cost, shared[k]);
            bestPerSkill.merge(candidate.skill, candidate, (a, b) -> BY_RANK.compare(a, b) <= 0 ? a : b);
        }
        for (int i = 0; i < hitCount; i++) {
            shared[hits[i]] = 0;
        }
        List<Scored> scored = new ArrayList<>(bestPerSkill.values());
        scored.sort(BY_RANK);
        return scored;
    }

    /** The keys sharing the most trigrams, found by counting how many keys share each count. */
    private static int[] topByShared(int[] hits, int hitCount, int[] shared, int maxShared, int limit) {
        if (hitCount <= limit) {
            return Arrays.copyOf(hits, hitCount);
        }
        int[] keysWithCount = new int[maxShared + 1];
        for (int i = 0; i < hitCount; i++) {
            keysWithCount[shared[hits[i]]]++;
        }
        int threshold = maxShared;
        int taken = keysWithCount[maxShared];
        while (threshold > 1 && taken + keysWithCount[threshold - 1] <= limit) {
            threshold--;
            taken += keysWithCount[threshold];
        }
        int[] top = new int[limit];
        int filled = 0;
        for (int i = 0; i < hitCount && filled < limit; i++) {
            if (shared[hits[i]] >= threshold) {
                top[filled++] = hits[i];
            }
        }
        for (int i = 0; i < hitCount && filled < limit; i++) {
            if (shared[hits[i]] == threshold - 1) {
                top[filled++] = hits[i];
            }
        }
        return Arrays.copyOf(top, filled);
    }

    /** Per-thread counters sized to the key count, so a lookup allocates nothing proportional to the catalog. */
    private static final class Scratch {
        final int[] shared;
        final int[] hits;
        final EditDistance editDistance = new EditDistance();

        Scratch(int keys) {
            shared = new int[keys];
            hits = new int[keys];
        }
    }
}
