package dev.skillbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TrigramIndexTest {

    @Test
    void trigramIndexListsEachKeyOnceUnderEachOfItsTrigrams() {
        // keys over two letters repeat trigrams often ("abab" has "bab" and "aba" twice)
        Random random = new Random(7);
        String[] keys = new String[3_000];
        for (int k = 0; k < keys.length; k++) {
            StringBuilder key = new StringBuilder();
            for (int length = 1 + random.nextInt(12); length > 0; length--) {
                key.append(random.nextBoolean() ? 'a' : 'b');
            }
            keys[k] = key.toString();
        }
        Map<String, TreeSet<Integer>> expected = new TreeMap<>();
        for (int k = 0; k < keys.length; k++) {
            for (String gram : TrigramIndex.trigramsOf(keys[k])) {
                expected.computeIfAbsent(gram, g -> new TreeSet<>()).add(k);
            }
        }
        Map<String, int[]> index = TrigramIndex.build(keys);
        assertThat(index.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((gram, postings) -> assertThat(index.get(gram))
                .as(gram)
                .containsExactly(postings.stream().mapToInt(Integer::intValue).toArray()));
    }
}
