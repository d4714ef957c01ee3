package dev.skillbot.testing;

/**
 * Indents compact JSON for golden files: two spaces a level, one member or element a line. Only
 * whitespace between tokens changes; every string, number and escape stays exactly as the renderer
 * wrote it, so the file still shows the renderer's exact output.
 */
public final class JsonLayout {

    private JsonLayout() {}

    public static String indent(String json) {
        StringBuilder out = new StringBuilder(json.length() * 2);
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\') {
                    out.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    inString = true;
                    out.append(c);
                }
                case '{', '[' -> {
                    int next = nextToken(json, i + 1);
                    char close = c == '{' ? '}' : ']';
                    if (next < json.length() && json.charAt(next) == close) {
                        out.append(c).append(close);
                        i = next;
                    } else {
                        out.append(c);
                        newLine(out, ++depth);
                    }
                }
                case '}', ']' -> {
                    newLine(out, --depth);
                    out.append(c);
                }
                case ',' -> {
                    out.append(c);
                    newLine(out, depth);
                }
                case ':' -> out.append(": ");
                case ' ', '\n', '\r', '\t' -> {}
                default -> out.append(c);
            }
        }
        return out.append('\n').toString();
    }

    private static int nextToken(String json, int from) {
        int i = from;
        while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void newLine(StringBuilder out, int depth) {
        out.append('\n').append("  ".repeat(depth));
    }
}
