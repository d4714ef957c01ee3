package dev.skillbot.web;

/**
 * A reader's search as the pages search for it and repeat it ({@code /search?q=%00}): each character HTML does not
 * allow in a page's text, a control character (C0, DEL, C1: a NUL, a tab or a line break as well), a noncharacter
 * (U+FFFE, U+FDD0) or half a surrogate pair, becomes a space. None of them is part of a word the search looks
 * for, so the search finds what it found before; the heading, title and search box then show what was searched
 * without them. {@code assets/search.js} does the same for the static site.
 */
final class QueryText {

    private QueryText() {}

    static String of(String query) {
        StringBuilder shown = null;
        for (int i = 0; i < query.length(); ) {
            int cp = query.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (notInHtml(cp)) {
                if (shown == null) {
                    shown = new StringBuilder(query.length()).append(query, 0, i);
                }
                shown.append(' ');
            } else if (shown != null) {
                shown.appendCodePoint(cp);
            }
            i = next;
        }
        return shown == null ? query : shown.toString();
    }

    private static boolean notInHtml(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL
                || type == Character.SURROGATE
                || (cp >= 0xFDD0 && cp <= 0xFDEF)
                || (cp & 0xFFFE) == 0xFFFE;
    }
}
