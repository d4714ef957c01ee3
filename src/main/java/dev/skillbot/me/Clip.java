package dev.skillbot.me;

/** Shortens a user's or the catalog's text for a label or a stored comment, ending in "…", never inside a surrogate pair. */
final class Clip {

    private Clip() {}

    static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
