package dev.skillbot.command;

import java.util.ArrayList;
import java.util.List;

/**
 * Chinese punctuation typed between a lookup's words, which a Chinese input method types without a space: {@code
 * gitops（高级）}, {@code gitops，高级}, {@code gitops「高级」} were one word, read as GitOps by its prefix with the level
 * silently lost. Such a mark (CJK or full-width punctuation, and the curly quotes) parts words as a space does. Only a
 * lookup's words: a comment, a search or a digest's scope keep the text as typed.
 */
final class CjkPunctuation {

    private CjkPunctuation() {}

    static List<String> apart(List<String> words) {
        if (words.stream().noneMatch(CjkPunctuation::holdsAMark)) {
            return words;
        }
        List<String> read = new ArrayList<>(words.size() + 2);
        for (String word : words) {
            StringBuilder part = new StringBuilder();
            word.codePoints().forEach(c -> {
                if (isMark(c)) {
                    add(part, read);
                } else {
                    part.appendCodePoint(c);
                }
            });
            add(part, read);
        }
        return read;
    }

    private static void add(StringBuilder part, List<String> read) {
        if (!part.isEmpty()) {
            read.add(part.toString());
            part.setLength(0);
        }
    }

    private static boolean holdsAMark(String word) {
        return word.codePoints().anyMatch(CjkPunctuation::isMark);
    }

    private static boolean isMark(int c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        boolean wide = block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS
                || c >= 0x2018 && c <= 0x201F; // ‘ ’ “ ” as Chinese input methods type quotes
        return wide && isPunctuation(c);
    }

    private static boolean isPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
