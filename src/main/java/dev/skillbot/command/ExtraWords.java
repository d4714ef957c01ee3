package dev.skillbot.command;

import dev.skillbot.catalog.EditDistance;
import dev.skillbot.catalog.Keys;
import dev.skillbot.catalog.Skill;
import dev.skillbot.catalog.SkillMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A lookup whose words name a skill and add words that are no level, no role and no part of its name: {@code gitops
 * 99}, {@code gitops wizard}. Read as a whole, the first passed as a typo of GitOps (its overview, the 99 unsaid) and
 * the second matched nothing; the user is told which words were not understood instead.
 */
final class ExtraWords {

    /** The skill the other words name, and the words left over, as typed. */
    record Found(Skill skill, String words) {}

    private ExtraWords() {}

    /** The widest run of words naming a skill (the first of those as wide), and the rest; {@code match}: of them all. */
    static Optional<Found> in(NamedRuns runs, SkillMatch match) {
        if (!NamedRuns.readsWords(match)) {
            return Optional.empty();
        }
        List<String> words = runs.words();
        for (int width = Math.min(words.size() - 1, NamedRuns.LONGEST); width > 0; width--) {
            for (int start = 0; start + width <= words.size(); start++) {
                Optional<Skill> named = runs.at(start, width);
                if (named.isPresent()) {
                    return leftOver(named.get(), words, start, start + width, match);
                }
            }
        }
        return Optional.empty();
    }

    /** Empty when the whole reads as a typo of another skill, or a left-over word as a typo in this one's name. */
    private static Optional<Found> leftOver(Skill named, List<String> words, int from, int to, SkillMatch match) {
        if (match.skill().isPresent() && !match.skill().get().id().equals(named.id())) {
            return Optional.empty();
        }
        List<String> rest = new ArrayList<>(words.subList(0, from));
        rest.addAll(words.subList(to, words.size()));
        List<String> nameWords = SkillsNamed.nameWords(named).toList();
        EditDistance distance = new EditDistance();
        for (String word : rest) {
            String key = Keys.compact(word);
            int allowed = key.length() <= 2 ? 0 : key.length() <= 6 ? 1 : 2;
            if (nameWords.stream()
                    .anyMatch(nameWord -> EditDistance.whole(distance.distances(key, nameWord, allowed)) <= allowed)) {
                return Optional.empty();
            }
        }
        return Optional.of(new Found(named, String.join(" ", rest)));
    }
}
