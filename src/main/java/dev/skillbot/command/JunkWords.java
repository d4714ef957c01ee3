package dev.skillbot.command;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Keys;
import dev.skillbot.catalog.Skill;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markup and punctuation in a search ({@code <script>}, {@code </b>}, {@code &amp;}, {@code !!!}) are no typo of a
 * skill's name: the "did you mean" candidates come from the other words only, and there are none when no other word
 * is left ({@code <script>} was offered skills whose names share a few letters with "script"). The static site's
 * script ({@code assets/search.js}) drops the same.
 */
final class JunkWords {

    /** An HTML tag or character reference, as pasted or typed to probe. */
    private static final Pattern MARKUP = Pattern.compile("<[^<>]*>|&#?[A-Za-z0-9]+;");

    /** A whole word that is a tag or a character reference, whose {@code ;} a lookup's parse may have parted off. */
    private static final Pattern MARKUP_WORD = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*/?>|&#?[A-Za-z0-9]+;?");

    private JunkWords() {}

    /** Whether a word typed for a skill is a tag ({@code </b>}) or a character reference ({@code &amp;}). */
    static boolean isMarkup(String word) {
        return MARKUP_WORD.matcher(word).matches();
    }

    /** The candidates for the query's words that are not markup or punctuation only; {@code reading}'s when all are. */
    static List<Skill> candidates(String query, SearchNaming.Reading reading, Catalog catalog) {
        List<String> meant = Arrays.stream(CommandParser.SPACES.split(
                        MARKUP.matcher(query).replaceAll(" ").strip()))
                .filter(word -> !Keys.compact(word).isEmpty())
                .toList();
        if (meant.isEmpty()) {
            return List.of();
        }
        String kept = String.join(" ", meant);
        return Keys.compact(kept).equals(Keys.compact(query))
                ? reading.candidates()
                : catalog.matcher().match(kept).candidates();
    }
}
