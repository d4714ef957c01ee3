package dev.skillbot.catalog;

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), computed once
 * for both the whole key and the best prefix of the key, so that "kubernets" is close to
 * "kubernetesoperations" as a prefix.
 */
final class EditDistance {

    /** Distance to the whole key in the low 16 bits, distance to the closest prefix in the high bits. */
    static int distances(String query, String key) {
        int n = query.length();
        int m = key.length();
        int[] previous2 = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            char q = query.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char k = key.charAt(j - 1);
                int cost = q == k ? 0 : 1;
                int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && q == key.charAt(j - 2) && query.charAt(i - 2) == k) {
                    best = Math.min(best, previous2[j - 2] + 1);
                }
                current[j] = best;
            }
            int[] recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        int whole = previous[m];
        int prefix = whole;
        for (int j = 0; j <= m; j++) {
            prefix = Math.min(prefix, previous[j]);
        }
        return (prefix << 16) | whole;
    }

    static int whole(int distances) {
        return distances & 0xFFFF;
    }

    static int prefix(int distances) {
        return distances >>> 16;
    }

    private EditDistance() {
    }
}
