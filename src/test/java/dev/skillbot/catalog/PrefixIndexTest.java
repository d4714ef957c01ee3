package dev.skillbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrefixIndexTest {

    private static final String[] WORDS = {"engineering", "engine", "eng", "practices", "ops", "gitops", "git", "go"};

    @Test
    void findsWhatAStableSortOfEveryKeySkillPairFinds() {
        Random random = new Random(11);
        List<String> keys = new ArrayList<>();
        List<Integer> skills = new ArrayList<>();
        for (int skill = 0; skill < 2_000; skill++) {
            for (int entries = 1 + random.nextInt(4); entries > 0; entries--) {
                keys.add(WORDS[random.nextInt(WORDS.length)] + (random.nextInt(3) == 0 ? "" : random.nextInt(50)));
                skills.add(skill);
            }
        }
        PrefixIndex index =
                PrefixIndex.of(keys, skills.stream().mapToInt(Integer::intValue).toArray());

        for (String prefix :
                List.of("en", "eng", "engine", "engineering", "engineering1", "g", "go", "gitops4", "zz")) {
            for (int limit : new int[] {1, 3, 10, 100_000}) {
                Set<Integer> found = new LinkedHashSet<>();
                index.collect(prefix, limit, found);
                assertThat(found)
                        .as(prefix + " up to " + limit)
                        .containsExactlyElementsOf(reference(keys, skills, prefix, limit));
            }
        }
    }

    @Test
    void aPrefixEqualToARepeatedKeyFindsEverySkillOfThatKey() {
        PrefixIndex index = PrefixIndex.of(List.of("ops", "gitops", "ops", "ops"), new int[] {0, 1, 2, 3});

        Set<Integer> found = new LinkedHashSet<>();
        index.collect("ops", 10, found);

        assertThat(found).containsExactly(0, 2, 3);
    }

    /** The entries sorted by key, ties in the order given, scanned from the first key with the prefix. */
    private static List<Integer> reference(List<String> keys, List<Integer> skills, String prefix, int limit) {
        List<Integer> order = new ArrayList<>();
        for (int e = 0; e < keys.size(); e++) {
            order.add(e);
        }
        order.sort(Comparator.comparing(keys::get));
        Set<Integer> found = new LinkedHashSet<>();
        for (int e : order) {
            if (keys.get(e).startsWith(prefix) && found.size() < limit) {
                found.add(skills.get(e));
            }
        }
        return List.copyOf(found);
    }
}
