package dev.skillbot.card;

/** Where a text may be cut for a length limit: never between the two halves of a surrogate pair (an emoji, say). */
public final class TextCut {

    private TextCut() {}

    /** {@code end}, or one less when the character before it opens a surrogate pair that {@code end} would split. */
    public static int end(CharSequence text, int end) {
        return end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
    }

    /** The text, or its first characters and "…" within {@code max} characters. */
    public static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, end(text, max - 1)) + "…";
    }
}
