package dev.skillbot.command;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Skill;
import dev.skillbot.catalog.SkillMatch;
import dev.skillbot.catalog.SkillMatcher;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The runs of a lookup's words that name a skill exactly (its id, a name or an alias), each looked up at most once:
 * {@link SkillsNamed} and {@link ExtraWords} both read them, for a lookup that is no exact or prefix match. Nothing is
 * split or looked up until asked.
 */
final class NamedRuns {

    /** The most words a skill's name is looked for in ({@link SkillMatcher#LONGEST_NAME_WORDS}). */
    static final int LONGEST = SkillMatcher.LONGEST_NAME_WORDS;

    private final String query;
    private final Catalog catalog;
    private List<String> words;
    /** By start and width - 1: the skill named, or empty; null until looked up. */
    private Optional<Skill>[][] named;

    NamedRuns(String query, Catalog catalog) {
        this.query = query;
        this.catalog = catalog;
    }

    /** Whether the words are read run by run: the whole is no skill's name or the prefix of one. */
    static boolean readsWords(SkillMatch match) {
        return match.kind() != SkillMatch.Kind.EXACT && match.kind() != SkillMatch.Kind.PREFIX;
    }

    List<String> words() {
        if (words == null) {
            words = Arrays.asList(CommandParser.SPACES.split(query.strip()));
        }
        return words;
    }

    /** The skill the {@code width} words from {@code start} name exactly ({@code width} at most {@link #LONGEST}). */
    @SuppressWarnings("unchecked")
    Optional<Skill> at(int start, int width) {
        if (named == null) {
            named = new Optional[words().size()][LONGEST];
        }
        Optional<Skill> skill = named[start][width - 1];
        if (skill == null) {
            skill = catalog.matcher().exact(String.join(" ", words().subList(start, start + width)));
            named[start][width - 1] = skill;
        }
        return skill;
    }
}
