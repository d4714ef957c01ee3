package dev.skillbot.web;

/**
 * A reader's own text as a page repeats it inside its own sentences ("There is no level “…”",
 * "Search: …"): without the invisible direction controls it may hold (U+202A–U+202E, U+2066–U+2069),
 * which turned the rest of the page's sentence around ({@code /search?q=%E2%80%AE…}), and isolated
 * (U+2068 … U+2069) when it holds right-to-left letters, so Hebrew or Arabic stays in its place.
 */
final class Echo {

    private static final char FIRST_STRONG_ISOLATE = '\u2068';
    private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

    private Echo() {}

    static String of(String text) {
        StringBuilder echoed = new StringBuilder(text.length() + 2);
        boolean rightToLeft = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            byte direction = Character.getDirectionality(cp);
            if (isControl(direction)) {
                continue;
            }
            rightToLeft |= direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
            echoed.appendCodePoint(cp);
        }
        return rightToLeft ? FIRST_STRONG_ISOLATE + echoed.toString() + POP_DIRECTIONAL_ISOLATE : echoed.toString();
    }

    private static boolean isControl(byte direction) {
        return direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING
                || direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
                || direction == Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT
                || direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE
                || direction == Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE
                || direction == Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE;
    }
}
