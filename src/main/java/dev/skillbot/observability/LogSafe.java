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
                    // C0/C1 controls, and the Unicode line and paragraph separators some viewers break lines at
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        if (i < text.length()) {
            escaped.append("…(").append(text.length() - i).append(" more)");
        }
        return escaped.toString();
    }
}
