package dev.skillbot.me;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Skill;
import dev.skillbot.catalog.SkillMatcher;
import java.util.List;
import java.util.Optional;

/**
 * The skill and the text of {@code me comment <id> <skill> <text…>}. A skill's name may be several words
 * ({@code gitops practices great}): the longest run of words from the start that is a skill's id, name or alias is
 * the skill (all of them: a name with no comment); a name in quotes ({@code "gitops practices" great}) is read
 * whole, and only as a name. Else the first word is looked up as a lookup's whole text is (a prefix, a typo).
 *
 * @param skill the skill commented on, when the words name one
 * @param text  the comment, blank when there is none
 */
record CommentWords(Optional<Skill> skill, String text) {

    private static final String OPENING_QUOTES = "\"'`“‘";
    private static final String CLOSING_QUOTES = "\"'`”’";

    /** {@code words}: what follows the share's id. */
    static CommentWords read(List<String> words, Catalog catalog) {
        if (words.isEmpty()) {
            return new CommentWords(Optional.empty(), "");
        }
        int quoted = quotedWidth(words);
        if (quoted > 0) {
            String name = String.join(" ", words.subList(0, quoted));
            return new CommentWords(catalog.matcher().match(name).skill(), text(words, quoted));
        }
        for (int width = Math.min(SkillMatcher.LONGEST_NAME_WORDS, words.size()); width > 0; width--) {
            Optional<Skill> named = catalog.matcher().exact(String.join(" ", words.subList(0, width)));
            if (named.isPresent()) {
                return new CommentWords(named, text(words, width));
            }
        }
        return new CommentWords(catalog.matcher().match(words.get(0)).skill(), text(words, 1));
    }

    /** How many words the quotes opened by the first word hold ({@code "gitops practices"}: 2); 0 for no quotes. */
    private static int quotedWidth(List<String> words) {
        String first = words.get(0);
        if (OPENING_QUOTES.indexOf(first.charAt(0)) < 0) {
            return 0;
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean closes =
                    word.length() > (i == 0 ? 1 : 0) && CLOSING_QUOTES.indexOf(word.charAt(word.length() - 1)) >= 0;
            if (closes) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String text(List<String> words, int from) {
        return String.join(" ", words.subList(from, words.size())).strip();
    }
}
