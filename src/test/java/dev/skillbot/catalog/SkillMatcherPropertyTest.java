package dev.skillbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.testing.BareSkills;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the catalog's names, what a lookup answers agrees with a brute-force reading of every
 * skill's keys: an exact match is a skill with that key, a prefix match is the only skill with a
 * key starting with the query, and a prefix shared by several skills is never taken as one of them.
 * Names are drawn from a few words so that they share first and last words, as real ones do.
 */
class SkillMatcherPropertyTest {

    private static final List<String> WORDS =
            List.of("data", "engineering", "platform", "ops", "git", "gitops", "release", "trains", "go", "canary");

    @Property(tries = 400)
    void answersAgreeWithEverySkillsKeys(@ForAll("catalogs") List<Skill> skills, @ForAll("queries") String query) {
        SkillMatch match = new SkillMatcher(skills).match(query);
        String key = Keys.compact(query);

        switch (match.kind()) {
            case EXACT -> assertThat(exactKeys(match.skill().orElseThrow())).contains(key);
            case PREFIX -> {
                assertThat(skills.stream().noneMatch(skill -> exactKeys(skill).contains(key)))
                        .isTrue();
                assertThat(startingWith(skills, key))
                        .containsExactly(match.skill().orElseThrow());
            }
            case AMBIGUOUS -> assertThat(startingWith(skills, key).size()).isGreaterThan(1);
            case TYPO, NONE -> assertThat(startingWith(skills, key)).isEmpty();
        }
        List<Skill> suggested = new SkillMatcher(skills).suggest(query, 5);
        assertThat(suggested).hasSizeLessThanOrEqualTo(5).doesNotHaveDuplicates();
    }

    @Provide
    Arbitrary<List<Skill>> catalogs() {
        Arbitrary<String> name = Arbitraries.of(WORDS)
                .list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .map(words -> words.stream()
                        .map(SkillMatcherPropertyTest::capitalised)
                        .collect(Collectors.joining(" ")));
        return name.set().ofMinSize(2).ofMaxSize(12).map(SkillMatcherPropertyTest::skillsNamed);
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> word = Arbitraries.of(WORDS);
        Arbitrary<String> prefix = Combinators.combine(
                        word, Arbitraries.integers().between(2, 11))
                .as((w, length) -> w.substring(0, Math.min(length, w.length())));
        Arbitrary<String> twoWords = Combinators.combine(word, word).as((a, b) -> a + " " + b);
        return Arbitraries.oneOf(word, prefix, twoWords);
    }

    private static List<Skill> skillsNamed(Set<String> names) {
        List<String> distinct = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names) {
            if (keys.add(Keys.compact(name))) {
                distinct.add(name);
            }
        }
        List<Skill> skills = new ArrayList<>();
        for (int s = 0; s < distinct.size(); s++) {
            // every third skill has an alias, which may be another skill's name or one of its words
            List<String> aliases =
                    s % 3 == 0 ? List.of(WORDS.get(s % WORDS.size()) + (s % 2 == 0 ? "" : " ops")) : List.of();
            skills.add(BareSkills.of("s" + s, distinct.get(s), aliases, "d"));
        }
        return skills;
    }

    private static Set<String> exactKeys(Skill skill) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(Keys.compact(skill.id()));
        keys.add(Keys.compact(skill.name()));
        skill.aliases().forEach(alias -> keys.add(Keys.compact(alias)));
        return keys;
    }

    /** The skills with a key, or a name's words from the second on, starting with {@code key}. */
    private static List<Skill> startingWith(List<Skill> skills, String key) {
        List<Skill> found = new ArrayList<>();
        for (Skill skill : skills) {
            Set<String> keys = exactKeys(skill);
            List<String> words = Keys.words(skill.name());
            for (int w = 1; w < words.size(); w++) {
                keys.add(String.join("", words.subList(w, words.size())));
            }
            if (keys.stream().anyMatch(candidate -> candidate.startsWith(key))) {
                found.add(skill);
            }
        }
        return found;
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
