package dev.skillbot.card;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a text may be cut for a length limit: only between two characters as a reader sees them (grapheme
 * clusters), so a cut never parts a letter from its accent (e + U+0301), the two halves of an emoji (a surrogate
 * pair) or of a flag (🇫🇷), or the people of a family emoji (👩‍👩‍👧). The one helper every place that shortens
 * text for display uses. Clusters come from the regex {@code \X}, which finds them on JDK 17 as on later ones;
 * JDK 17's {@code BreakIterator} still split flags and emoji sequences.
 */
public final class TextCut {

    private static final Pattern CHARACTER = Pattern.compile("\\X");

    private TextCut() {}

    /**
     * {@code end}, or less so that the text before it ends with a whole character. A first character longer than
     * {@code end} (a letter under hundreds of accents) is cut inside, though never inside a surrogate pair, so
     * the text is not emptied.
     */
    public static int end(CharSequence text, int end) {
        if (end <= 0 || end >= text.length()) {
            return end;
        }
        Matcher characters = CHARACTER.matcher(text);
        int whole = 0;
        while (characters.find() && characters.end() <= end) {
            whole = characters.end();
        }
        if (whole > 0) {
            return whole;
        }
        return Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
    }

    /** Where the character {@code index} is in starts: {@code index} when one starts there, else before it. */
    public static int start(CharSequence text, int index) {
        if (index <= 0 || index >= text.length()) {
            return index;
        }
        Matcher characters = CHARACTER.matcher(text);
        int start = 0;
        while (characters.find() && characters.start() <= index) {
            start = characters.start();
        }
        return start;
    }

    /** Where the character the text before {@code index} ends in ends: {@code index} when one ends there, else after it. */
    public static int wholeEnd(CharSequence text, int index) {
        if (index <= 0 || index >= text.length()) {
            return index;
        }
        Matcher characters = CHARACTER.matcher(text);
        while (characters.find()) {
            if (characters.end() >= index) {
                return characters.end();
            }
        }
        return text.length();
    }

    /** The text, or its first characters and "…" within {@code max} characters. */
    public static String clip(String text, int max) {
        return clip(text, max, "…");
    }

    /** The text, or its first characters and {@code marker} within {@code max} characters. */
    public static String clip(String text, int max, String marker) {
        return text.length() <= max ? text : text.substring(0, end(text, max - marker.length())) + marker;
    }
}
