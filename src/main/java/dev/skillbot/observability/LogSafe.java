package dev.skillbot.observability;

/**
 * Makes a string from outside (user text, ids, payload types, a remote's error text) safe to put
 * into one log line: line breaks and other control characters become visible escapes, so the
 * string cannot start a line of its own, and it is cut to a bounded length.
 */
public final class LogSafe {

    static final int MAX_LENGTH = 200;

    private LogSafe() {}

    public static String escape(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder escaped = new StringBuilder(Math.min(text.length(), MAX_LENGTH) + 16);
        int i = 0;
        for (; i < text.length() && escaped.length() < MAX_LENGTH; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                case '\\' -> escaped.append("\\\\");
                default -> {
                    // C0/C1 controls, the Unicode line and paragraph separators some viewers break lines at, and
                    // half a surrogate pair, which a JSON log would write as a replacement character
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || unpaired(text, i)) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        if (i < text.length() && Character.isHighSurrogate(text.charAt(i - 1)) && !unpaired(text, i - 1)) {
            escaped.setLength(escaped.length() - 1); // the cut fell inside a pair: leave the whole character out
            i--;
        }
        if (i < text.length()) {
            escaped.append("…(").append(text.length() - i).append(" more)");
        }
        return escaped.toString();
    }

    private static boolean unpaired(String text, int at) {
        char c = text.charAt(at);
        if (Character.isHighSurrogate(c)) {
            return at + 1 == text.length() || !Character.isLowSurrogate(text.charAt(at + 1));
        }
        return Character.isLowSurrogate(c) && (at == 0 || !Character.isHighSurrogate(text.charAt(at - 1)));
    }
}
