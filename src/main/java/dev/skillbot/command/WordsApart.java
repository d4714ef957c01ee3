package dev.skillbot.command;

import java.util.ArrayList;
import java.util.List;

/**
 * Where typed text parts into words, before any word is read: at white space, and also where a compare word meets a
 * level ({@code senior..lead}) or Chinese meets Latin ({@code gitops高级}). The chat's parser and the web's search
 * ({@link SearchReading}) part words alike, so a query reads the same in both.
 */
final class WordsApart {

    private WordsApart() {}

    /** The words of a command as typed, punctuation typed around each trimmed ({@link PartingMarks}). */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String token : CommandParser.SPACES.split(apart(text))) {
            String word = PartingMarks.trimmed(token);
            if (!word.isEmpty()) {
                tokens.add(word);
            }
        }
        return tokens;
    }

    /**
     * The text with its words apart as a command reads them: a compare word typed against a level
     * ({@code senior..lead}) and Chinese typed against a Latin word ({@code gitops高级}) are words of their own.
     */
    static String apart(String text) {
        return betweenScripts(text.replace("..", " .. ").replace("->", " -> ").replace("→", " → "));
    }

    /**
     * A space where Chinese characters meet Latin letters or digits: Chinese is typed without spaces, also next to a
     * Latin name ({@code gitops高级}, {@code 什么是gitops}), whose level was otherwise lost in one word.
     */
    static String betweenScripts(String text) {
        StringBuilder out = null;
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (previous >= 0 && (isHan(previous) && isLatinOrDigit(c) || isLatinOrDigit(previous) && isHan(c))) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(' ');
            }
            if (out != null) {
                out.appendCodePoint(c);
            }
            previous = c;
            i += Character.charCount(c);
        }
        return out == null ? text : out.toString();
    }

    private static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isLatinOrDigit(int c) {
        return c < 0x80 ? Character.isLetterOrDigit(c) : Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }
}
