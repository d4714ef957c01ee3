package dev.skillbot.command;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.SkillMatch;
import dev.skillbot.command.LookupReader.LookupReading;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A lookup's words with mistyped levels and roles corrected, for a lookup that names no skill as typed: skill
 * names forgive typos ({@code gitop senior}), and "gitops senor" or "kafka principle" should too, not answer that
 * no skill matches the whole text. Levels alone are corrected first, then levels and roles, since a mistyped
 * skill word is more often near a role's word ("platfrom") than a level's. A word that begins a skill's name is
 * never corrected.
 */
final class MistypedWords {

    private MistypedWords() {}

    private static final int NAMED = 2;

    /**
     * The lookup of {@code tokens} as typed, unless its skill words name no skill (or find one only through a
     * typo, which may have swallowed a mistyped role: "canary srre") and a corrected reading finds one better.
     */
    static LookupReading bestReading(
            List<String> tokens, Catalog catalog, Function<List<String>, LookupReading> lookup) {
        LookupReading asTyped = lookup.apply(tokens);
        List<List<String>> corrections = corrections(tokens, catalog);
        // most texts have no word near a level or role: then the skill words are not matched a second time here
        int found = corrections.isEmpty() ? NAMED : howWellItFinds(asTyped, catalog);
        if (found < NAMED) {
            for (List<String> corrected : corrections) {
                LookupReading reread = lookup.apply(corrected);
                if (howWellItFinds(reread, catalog) > found) {
                    return reread;
                }
            }
        }
        return asTyped;
    }

    /**
     * {@link #NAMED} when the skill words name a skill exactly or by prefix, 1 through a typo, 0 when they find none;
     * whatever the reading says about its levels and roles ("senior..seniorr" corrected names two equal levels).
     */
    private static int howWellItFinds(LookupReading reading, Catalog catalog) {
        String skillQuery = reading.skillQuery();
        if (skillQuery.isEmpty()) {
            return 0;
        }
        SkillMatch match = catalog.matcher().match(skillQuery);
        return !match.matched() ? 0 : match.kind() == SkillMatch.Kind.TYPO ? 1 : NAMED;
    }

    /** Up to two corrected readings of {@code tokens}, levels only first; none when no word is near a level or role. */
    private static List<List<String>> corrections(List<String> tokens, Catalog catalog) {
        Set<List<String>> readings = new LinkedHashSet<>();
        corrected(tokens, catalog, false).ifPresent(readings::add);
        corrected(tokens, catalog, true).ifPresent(readings::add);
        return List.copyOf(readings);
    }

    private static Optional<List<String>> corrected(List<String> tokens, Catalog catalog, boolean roles) {
        List<String> words = new ArrayList<>(tokens.size());
        boolean changed = false;
        for (String token : tokens) {
            Optional<String> meant = CommandParser.isCommandWord(token) || token.startsWith(CommandParser.SKILL_MARK)
                    ? Optional.empty()
                    : catalog.levelOrRoleWordNear(token)
                            .filter(word -> roles || catalog.levelByAlias(word).isPresent())
                            .filter(word -> !beginsASkillWord(token, catalog));
            words.add(meant.orElse(token));
            changed |= meant.isPresent();
        }
        return changed ? Optional.of(words) : Optional.empty();
    }

    /** "load" is near "lead", but it begins the name of Load Testing: such a word is the skill's, not a typo. */
    private static boolean beginsASkillWord(String token, Catalog catalog) {
        return switch (catalog.matcher().match(token).kind()) {
            case EXACT, PREFIX, AMBIGUOUS -> true;
            default -> false;
        };
    }
}
