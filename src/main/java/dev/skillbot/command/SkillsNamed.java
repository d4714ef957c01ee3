package dev.skillbot.command;

import dev.skillbot.catalog.Keys;
import dev.skillbot.catalog.Skill;
import dev.skillbot.catalog.SkillMatch;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The skills a lookup's words name when no skill's name is the whole of them: each run of words that is a skill's
 * id, name or alias names that skill, and every other word must be a word of one of those skills' names or aliases,
 * or a word that asks for nothing ({@link FillerWords}).
 * {@code kafka streaming} names Streaming Data twice (one skill), {@code terraform kubernetes} names two skills.
 */
final class SkillsNamed {

    private SkillsNamed() {}

    /**
     * The skills named, in the order typed; empty when the whole is a name or a prefix, a word names none, or there are
     * more words than a name has (such a text is read as a name with extra words, or searched).
     */
    static List<Skill> in(NamedRuns runs, SkillMatch match) {
        if (!NamedRuns.readsWords(match)) {
            return List.of();
        }
        List<String> words = runs.words();
        if (words.size() < 2 || words.size() > NamedRuns.LONGEST) {
            return List.of();
        }
        Set<Skill> named = new LinkedHashSet<>();
        List<String> loose = new ArrayList<>();
        for (int start = 0; start < words.size(); ) {
            int width = longestName(runs, start, named);
            if (width == 0) {
                if (!FillerWords.is(words.get(start))) {
                    loose.add(Keys.compact(words.get(start)));
                }
                width = 1;
            }
            start += width;
        }
        boolean allRead = !named.isEmpty()
                && loose.stream().allMatch(word -> named.stream().anyMatch(skill -> isNameWord(word, skill)));
        return allRead ? List.copyOf(named) : List.of();
    }

    /** How many words from {@code start} name a skill exactly (added to {@code named}), longest first; 0 for none. */
    private static int longestName(NamedRuns runs, int start, Set<Skill> named) {
        for (int width = runs.words().size() - start; width > 0; width--) {
            Optional<Skill> skill = runs.at(start, width);
            if (skill.isPresent()) {
                named.add(skill.get());
                return width;
            }
        }
        return 0;
    }

    private static boolean isNameWord(String word, Skill skill) {
        return nameWords(skill).anyMatch(word::equals);
    }

    /** The words of a skill's names (in every language) and aliases, as keys. */
    static Stream<String> nameWords(Skill skill) {
        return Stream.concat(skill.names(), skill.aliases().stream()).flatMap(name -> Keys.words(name).stream());
    }
}
