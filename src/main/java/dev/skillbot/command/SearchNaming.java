package dev.skillbot.command;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Keys;
import dev.skillbot.catalog.Skill;
import dev.skillbot.catalog.SkillMatch;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The skills a search's words name, read as a chat lookup reads them: the skills {@link SkillsNamed} finds in the
 * words ({@code kafka streaming} one, {@code terraform kubernetes} two), else the skill the matcher names; failing
 * both, the same without the words that name a level or role and no word of a skill's name ({@code gitops senior}
 * names GitOps Practices, {@code platform engineering senior} keeps "platform"). Otherwise the matcher's "did you
 * mean" candidates for the whole query. The web's search page shows it; the static site's script reads the same
 * words from its index ({@link #fillerWords}, {@link #nameWords}, {@link Catalog#levelAndRoleKeys}).
 */
public final class SearchNaming {

    /** The skills named (one, or several to choose from), or none and the closest skills. */
    public record Reading(List<Skill> named, List<Skill> candidates) {}

    private SearchNaming() {}

    public static Reading of(String query, Catalog catalog) {
        SkillMatch match = catalog.matcher().match(query);
        Optional<Reading> whole = named(query, match, catalog);
        if (whole.isPresent()) {
            return whole.get();
        }
        List<String> words = Arrays.asList(CommandParser.SPACES.split(query.strip()));
        Map<String, Boolean> levelOrRoleOnly =
                new HashMap<>(); // each key's scan of the names once, however often typed
        List<String> rest = words.stream()
                .filter(word ->
                        !levelOrRoleOnly.computeIfAbsent(Keys.compact(word), key -> isLevelOrRoleOnly(key, catalog)))
                .toList();
        if (rest.size() < words.size() && !rest.isEmpty()) {
            String named = String.join(" ", rest);
            Optional<Reading> withoutLevels = named(named, catalog.matcher().match(named), catalog);
            if (withoutLevels.isPresent()) {
                return withoutLevels.get();
            }
        }
        return new Reading(List.of(), match.candidates());
    }

    private static Optional<Reading> named(String query, SkillMatch match, Catalog catalog) {
        List<Skill> several = SkillsNamed.in(new NamedRuns(query, catalog), match);
        if (!several.isEmpty()) {
            return Optional.of(new Reading(several, List.of()));
        }
        return match.skill().map(skill -> new Reading(List.of(skill), List.of()));
    }

    private static boolean isLevelOrRoleOnly(String key, Catalog catalog) {
        return catalog.levelAndRoleKeys().contains(key)
                && catalog.skills().stream()
                        .noneMatch(skill -> SkillsNamed.nameWords(skill).anyMatch(key::equals));
    }

    /** The words of a skill's names and aliases, each once, as {@link SkillsNamed} compares a word with them. */
    public static List<String> nameWords(Skill skill) {
        return SkillsNamed.nameWords(skill).distinct().toList();
    }

    /** The words that ask for nothing ({@link FillerWords}), as keys. */
    public static Set<String> fillerWords() {
        return FillerWords.all();
    }
}
