package dev.skillbot.command;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Skill;
import dev.skillbot.catalog.SkillMatch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a command's words for a skill name, read once for every command that takes a skill (a lookup, a comparison,
 * {@code suggest}, {@code proposals}) and for the suggestion form typed straight away: the whole as a name, a prefix or
 * a typo, else the skills its runs of words name ({@link SkillsNamed}: {@code kafka streaming} is Streaming Data), else
 * a skill with words that ask for nothing ({@link FillerWords}) or with words not understood ({@link ExtraWords}).
 *
 * @param skill    the one skill the words name, when they name one and nothing else
 * @param several  the skills the words name when they name more than one (then no {@code skill})
 * @param extra    a skill named with words that are not understood (then no {@code skill})
 * @param match    the matcher's answer for the whole, with its "did you mean" candidates
 */
record SkillReading(Optional<Skill> skill, List<Skill> several, Optional<ExtraWords.Found> extra, SkillMatch match) {

    static SkillReading of(String typed, Catalog catalog) {
        String query = onceEach(typed, catalog);
        SkillMatch match = catalog.matcher().match(query);
        NamedRuns runs = new NamedRuns(query, catalog);
        List<Skill> several = SkillsNamed.in(runs, match);
        if (several.size() > 1) {
            return new SkillReading(Optional.empty(), several, Optional.empty(), match);
        }
        if (several.size() == 1) {
            match = new SkillMatch(SkillMatch.Kind.EXACT, Optional.of(several.get(0)), List.of());
        }
        Optional<ExtraWords.Found> extra = ExtraWords.in(runs, match);
        if (extra.isEmpty()) {
            return new SkillReading(match.skill(), List.of(), Optional.empty(), match);
        }
        String unknown = FillerWords.without(extra.get().words());
        return unknown.isEmpty()
                ? new SkillReading(Optional.of(extra.get().skill()), List.of(), Optional.empty(), match)
                : new SkillReading(
                        Optional.empty(),
                        List.of(),
                        Optional.of(new ExtraWords.Found(extra.get().skill(), unknown)),
                        match);
    }

    /**
     * The words with each repeated word left out after its first time ({@code gitops gitops gitops} is {@code gitops}),
     * compared in lower case only: {@code C} and {@code C++} are two words. Repeated, a word's runs were more words
     * than any name has ({@link NamedRuns#LONGEST}) and named nothing. A name that repeats a word keeps it.
     */
    private static String onceEach(String typed, Catalog catalog) {
        String[] words = CommandParser.SPACES.split(typed.strip());
        Set<String> seen = new HashSet<>();
        List<String> once = new ArrayList<>(words.length);
        for (String word : words) {
            if (seen.add(word.toLowerCase(Locale.ROOT))) {
                once.add(word);
            }
        }
        return once.size() == words.length || catalog.matcher().exact(typed).isPresent()
                ? typed
                : String.join(" ", once);
    }
}
