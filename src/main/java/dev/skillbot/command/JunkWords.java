package dev.skillbot.command;

import dev.skillbot.catalog.Keys;
import java.util.regex.Pattern;

/**
 * Markup and punctuation in a search ({@code <script>}, {@code </b>}, {@code &amp;}, {@code !!!}) are no words: tags
 * and character references are dropped before a search's words are made ({@code <script>alert(1)</script>} looks for
 * "alert(1)", not for "script" and "b"), and words of punctuation only are no typo of a skill's name ({@code <script>}
 * was offered skills whose names share a few letters with "script"); a mention as the platform sends it
 * ({@code <@U123>}) is dropped as well, where it was searched for as "u123". The static site's script
 * ({@code assets/search.js}) drops the same.
 */
final class JunkWords {

    /**
     * An HTML tag or character reference, as pasted or typed to probe, or a mention as Slack and Discord send it
     * ({@code <@U123>}, {@code <!here>}, {@code <#C1|general>}, {@code <@&42>}), which names no skill's word.
     */
    private static final Pattern MARKUP = Pattern.compile("</?[A-Za-z][^<>]*>|<[@#!][^<>]*>|&#?[A-Za-z0-9]+;");

    /** A whole word that is a tag or a character reference, whose {@code ;} a lookup's parse may have parted off. */
    private static final Pattern MARKUP_WORD = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*/?>|&#?[A-Za-z0-9]+;?");

    private JunkWords() {}

    /** Whether a word typed for a skill is a tag ({@code </b>}) or a character reference ({@code &amp;}). */
    static boolean isMarkup(String word) {
        return MARKUP_WORD.matcher(word).matches();
    }

    /** The query without its tags, mentions and character references, each a space: {@code <b>gitops</b>} is "gitops". */
    static String withoutMarkup(String query) {
        return MARKUP.matcher(query).replaceAll(" ").strip();
    }

    /** Whether the words hold a letter or digit, which punctuation ({@code !!!}) does not. */
    static boolean holdLetters(String words) {
        return !Keys.compact(words).isEmpty();
    }
}
