package dev.skillbot.suggestion;

import java.util.Optional;

/**
 * Finds the first character a suggestion may not carry: it could not live in a YAML file, would
 * be invisible or misleading in a review post, or could reorder what a reviewer reads. Tab and
 * line feed are the only controls allowed; carriage returns are normalised away before this runs.
 */
public final class UnsafeText {

    /** The character found, its position (1-based, in characters as the user counts them) and what kind it is. */
    public record Finding(int codePoint, int position, String kind) {

        /** {@code U+0086}, as shown in the form error. */
        public String code() {
            return String.format("U+%04X", codePoint);
        }
    }

    private UnsafeText() {}

    public static Optional<Finding> find(String text) {
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            position++;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = text.codePointAt(i);
                if (isNonCharacter(codePoint)) {
                    return Optional.of(new Finding(codePoint, position, "noncharacter"));
                }
                i += 2;
                continue;
            }
            Optional<String> kind = kind(c);
            if (kind.isPresent()) {
                return Optional.of(new Finding(c, position, kind.get()));
            }
            i++;
        }
        return Optional.empty();
    }

    private static Optional<String> kind(char c) {
        if (Character.isSurrogate(c)) {
            return Optional.of("unpaired surrogate");
        }
        if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F)) {
            return Optional.of("control character");
        }
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C) {
            return Optional.of("bidirectional control");
        }
        if (c == 0x2028 || c == 0x2029) {
            return Optional.of("line or paragraph separator");
        }
        if (c == 0xFEFF) {
            return Optional.of("byte order mark");
        }
        if (isNonCharacter(c)) {
            return Optional.of("noncharacter");
        }
        return Optional.empty();
    }

    /** U+FDD0..U+FDEF and the last two code points of every plane, which Unicode reserves for internal use. */
    private static boolean isNonCharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }

    /** Line breaks as a browser or client may send them ({@code \r\n}, lone {@code \r}) become {@code \n}. */
    public static String normalizeLineBreaks(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
