package dev.skillbot.command;

import dev.skillbot.catalog.Catalog;
import java.util.ArrayList;
import java.util.List;

/**
 * 的 ("'s", "of") typed against a level or role, as Chinese is typed without spaces: {@code gitops的高级}, {@code
 * gitops高级的}, {@code 金丝雀发布的高级}. {@link WordsApart#betweenScripts} parts Latin from Chinese only, so the
 * level stayed in one word with 的 and was named as not understood. A lookup's word that names no skill and whose
 * parts after each 的 are levels or roles is read as those parts, 的 among them as the word that asks for nothing it is
 * ({@link FillerWords}); any other word stays whole, and search, list and the other commands read their words as
 * typed.
 */
final class PossessiveWords {

    static final String DE = "的";

    private PossessiveWords() {}

    /** The lookup's words with each such word taken apart at its 的. */
    static List<String> apart(List<String> words, Catalog catalog) {
        if (words.stream().noneMatch(word -> word.contains(DE))) {
            return words;
        }
        List<String> read = new ArrayList<>(words.size() + 2);
        for (String word : words) {
            read.addAll(apart(word, catalog));
        }
        return read;
    }

    private static List<String> apart(String word, Catalog catalog) {
        if (!word.contains(DE)
                || word.equals(DE)
                || catalog.matcher().exact(word).isPresent()) {
            return List.of(word);
        }
        String[] parts = word.split(DE, -1);
        boolean levelOrRoleAfter = false;
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isEmpty() && !isLevelOrRole(parts[i], catalog)) {
                return List.of(word);
            }
            levelOrRoleAfter |= !parts[i].isEmpty();
        }
        // "高级的" and "金丝雀发布的" end with 的: apart only when what comes before it is a level, a role or a skill
        if (!levelOrRoleAfter
                && !isLevelOrRole(parts[0], catalog)
                && catalog.matcher().exact(parts[0]).isEmpty()) {
            return List.of(word);
        }
        List<String> read = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                read.add(DE);
            }
            if (!parts[i].isEmpty()) {
                read.add(parts[i]);
            }
        }
        return read;
    }

    private static boolean isLevelOrRole(String word, Catalog catalog) {
        return catalog.levelByAlias(word).isPresent()
                || catalog.roleByAlias(word).isPresent();
    }
}
