package dev.skillbot.catalog;

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), computed once
 * for both the whole key and the best prefix of the key, so that "kubernets" is close to
 * "kubernetesoperations" as a prefix.
 *
 * <p>Distances above a limit are not needed (they are reported as {@code limit + 1}), so only the
 * diagonal band {@code |i - j| <= limit} is computed and a key stops being compared as soon as a
 * whole row exceeds the limit: a typo lookup compares dozens of candidates and most fail early.
 * One instance keeps its rows between calls and is not thread-safe.
 */
public final class EditDistance {

    private int[] previous2 = new int[0];
    private int[] previous = new int[0];
    private int[] current = new int[0];

    /**
     * Distance to the whole key in the low 16 bits, distance to the closest prefix in the high bits,
     * each capped at {@code limit + 1}.
     */
    public int distances(String query, String key, int limit) {
        int n = query.length();
        int m = key.length();
        int beyond = limit + 1;
        ensureCapacity(m + 2);
        for (int j = 0; j <= m; j++) {
            previous[j] = Math.min(j, beyond);
        }
        previous[Math.min(m + 1, previous.length - 1)] = beyond;
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - limit);
            int to = Math.min(m, i + limit);
            current[from - 1] = from == 1 ? Math.min(i, beyond) : beyond;
            if (to < m) {
                current[to + 1] = beyond;
            }
            char q = query.charAt(i - 1);
            int rowMinimum = current[from - 1];
            for (int j = from; j <= to; j++) {
                char k = key.charAt(j - 1);
                int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (q == k ? 0 : 1));
                if (i > 1 && j > 1 && q == key.charAt(j - 2) && query.charAt(i - 2) == k) {
                    best = Math.min(best, previous2[j - 2] + 1);
                }
                best = Math.min(best, beyond);
                current[j] = best;
                rowMinimum = Math.min(rowMinimum, best);
            }
            if (rowMinimum >= beyond) {
                return (beyond << 16) | beyond;
            }
            int[] recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        int whole = m - n <= limit && n - m <= limit ? previous[m] : beyond;
        int prefix = whole;
        for (int j = Math.max(0, n - limit); j <= Math.min(m, n + limit); j++) {
            prefix = Math.min(prefix, previous[j]);
        }
        return (prefix << 16) | whole;
    }

    private void ensureCapacity(int size) {
        if (previous.length < size) {
            previous2 = new int[size];
            previous = new int[size];
            current = new int[size];
        }
    }

    public static int whole(int distances) {
        return distances & 0xFFFF;
    }

    static int prefix(int distances) {
        return distances >>> 16;
    }
}
