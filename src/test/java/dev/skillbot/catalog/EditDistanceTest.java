package dev.skillbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

    private final EditDistance distance = new EditDistance();

    @Test
    void knownDistances() {
        assertThat(EditDistance.whole(distance.distances("gitops", "gitops", 3)))
                .isZero();
        assertThat(EditDistance.whole(distance.distances("gitpos", "gitops", 3)))
                .as("one transposition")
                .isEqualTo(1);
        assertThat(EditDistance.whole(distance.distances("gitopps", "gitops", 3)))
                .isEqualTo(1);
        assertThat(EditDistance.prefix(distance.distances("kubernets", "kubernetesoperations", 3)))
                .isEqualTo(1);
        assertThat(EditDistance.whole(distance.distances("kubernets", "kubernetesoperations", 3)))
                .as("capped at limit + 1")
                .isEqualTo(4);
    }

    @Test
    void theBandedDistanceEqualsTheFullMatrixUpToTheLimit() {
        Random random = new Random(7);
        for (int run = 0; run < 20_000; run++) {
            String query = randomWord(random, 1 + random.nextInt(14));
            String key = random.nextInt(3) == 0 ? mutate(query, random) : randomWord(random, 1 + random.nextInt(20));
            int limit = 1 + random.nextInt(5);
            int[] reference = fullMatrix(query, key);
            int banded = distance.distances(query, key, limit);
            assertThat(EditDistance.whole(banded))
                    .as("whole %s -> %s, limit %d", query, key, limit)
                    .isEqualTo(Math.min(reference[0], limit + 1));
            assertThat(EditDistance.prefix(banded))
                    .as("prefix %s -> %s, limit %d", query, key, limit)
                    .isEqualTo(Math.min(reference[1], limit + 1));
        }
    }

    private static String randomWord(Random random, int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(4)));
        }
        return word.toString();
    }

    private static String mutate(String word, Random random) {
        StringBuilder mutated = new StringBuilder(word);
        for (int edits = random.nextInt(4); edits > 0 && mutated.length() > 1; edits--) {
            int at = random.nextInt(mutated.length() - 1);
            switch (random.nextInt(4)) {
                case 0 -> mutated.deleteCharAt(at);
                case 1 -> mutated.insert(at, 'z');
                case 2 -> mutated.setCharAt(at, 'y');
                default -> {
                    char swapped = mutated.charAt(at);
                    mutated.setCharAt(at, mutated.charAt(at + 1));
                    mutated.setCharAt(at + 1, swapped);
                }
            }
        }
        return mutated.append(randomWord(random, random.nextInt(6))).toString();
    }

    /** The textbook optimal-string-alignment matrix: {whole, best prefix}. */
    private static int[] fullMatrix(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        int prefix = Integer.MAX_VALUE;
        for (int j = 0; j <= b.length(); j++) {
            prefix = Math.min(prefix, d[a.length()][j]);
        }
        return new int[] {d[a.length()][b.length()], prefix};
    }
}
