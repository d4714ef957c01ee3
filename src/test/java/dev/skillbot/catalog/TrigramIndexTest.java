package dev.skillbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TrigramIndexTest {

    @Test
    void trigramIndexListsEachKeyOnceUnderEachOfItsTrigrams() {
        // keys over two letters repeat trigrams often ("abab" has "bab" and "aba" twice); enough keys to grow the table
        Random random = new Random(7);
        String[] keys = new String[3_000];
        for (int k = 0; k < keys.length; k++) {
            StringBuilder key = new StringBuilder();
            for (int length = 1 + random.nextInt(12); length > 0; length--) {
                key.append(random.nextBoolean() ? 'a' : 'b');
            }
            keys[k] = key.toString();
        }
        keys[42] = "運維自動化";

        assertThat(postingsOf(TrigramPostings.of(keys))).isEqualTo(reference(keys));
    }

    @Test
    void manyDistinctTrigramsAreAllFoundAfterTheTableGrows() {
        String[] keys = new String[20_000];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = "k" + Integer.toString(k * 7919, 36) + "\u00e9";
        }
        TrigramPostings postings = TrigramPostings.of(keys);

        Map<String, List<Integer>> expected = reference(keys);
        assertThat(postings.size()).isEqualTo(expected.size());
        assertThat(postingsOf(postings)).isEqualTo(expected);
        assertThat(postings.get(TrigramPostings.gram("zzzz", 1))).isNull();
    }

    @Test
    void aQuerysTrigramsAreDistinctAndInTheOrderTheyFirstOccur() {
        assertThat(texts(TrigramIndex.distinctTrigrams("abab"))).containsExactly("^ab", "aba", "bab", "ab$");
        assertThat(texts(TrigramIndex.distinctTrigrams("a"))).containsExactly("^a$");
        assertThat(texts(TrigramIndex.distinctTrigrams(""))).containsExactly("^$");
        assertThat(texts(TrigramIndex.distinctTrigrams("aaaa"))).containsExactly("^aa", "aaa", "aa$");
    }

    /** What the index must hold, from the trigrams taken as substrings of {@code ^key$}. */
    private static Map<String, List<Integer>> reference(String[] keys) {
        Map<String, TreeSet<Integer>> byGram = new TreeMap<>();
        for (int k = 0; k < keys.length; k++) {
            String padded = "^" + keys[k] + "$";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                byGram.computeIfAbsent(padded.substring(i, i + 3), g -> new TreeSet<>())
                        .add(k);
            }
        }
        Map<String, List<Integer>> lists = new TreeMap<>();
        byGram.forEach((gram, postings) -> lists.put(gram, List.copyOf(postings)));
        return lists;
    }

    private static Map<String, List<Integer>> postingsOf(TrigramPostings postings) {
        Map<String, List<Integer>> lists = new TreeMap<>();
        postings.forEach((gram, keys) -> {
            assertThat(postings.get(gram)).isSameAs(keys);
            lists.put(TrigramPostings.text(gram), Arrays.stream(keys).boxed().toList());
        });
        return lists;
    }

    private static List<String> texts(long[] grams) {
        List<String> texts = new ArrayList<>();
        for (long gram : grams) {
            texts.add(TrigramPostings.text(gram));
        }
        assertThat(new LinkedHashSet<>(texts)).hasSameSizeAs(texts);
        return texts;
    }
}
