package dev.skillbot.discord;

import dev.skillbot.card.Mention;
import dev.skillbot.card.TextCut;
import java.util.ArrayList;
import java.util.List;

/**
 * Text helpers for Discord: markdown escaping of plain card text (code spans kept), and cutting text to a length
 * counted in UTF-16 units (never less than what Discord counts) without splitting a surrogate
 * pair or leaving half an escape behind.
 */
final class DiscordText {

    static final String ELLIPSIS = "…";
    private static final String ALWAYS_ESCAPED = "\\*_~`|[]<";
    private static final String LINE_START_ESCAPED = "#>-";

    private DiscordText() {}

    /**
     * Makes plain text show literally: no bold, links, quotes, headings, spoilers or mention syntax.
     * A backtick pair on one line stays a code span, as in Slack and in the help texts' own examples
     * ({@code `gitops senior`}); Discord reads nothing inside one, so its content is kept as it is.
     */
    static String escape(String plain) {
        StringBuilder out = new StringBuilder(plain.length() + 16);
        boolean lineStart = true;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            int close = c == '`' ? codeSpanEnd(plain, i) : -1;
            if (close > 0) {
                out.append(plain, i, close + 1);
                i = close;
                lineStart = false;
                continue;
            }
            if (ALWAYS_ESCAPED.indexOf(c) >= 0 || (lineStart && LINE_START_ESCAPED.indexOf(c) >= 0)) {
                out.append('\\');
            }
            out.append(c);
            lineStart = c == '\n' || (lineStart && c == ' ');
        }
        return out.toString();
    }

    /** Where the code span opened by the backtick at {@code open} closes on its line, or -1 when it is empty or unclosed. */
    private static int codeSpanEnd(String text, int open) {
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`') {
                return i > open + 1 ? i : -1;
            }
            if (c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A person or channel as Discord draws one ({@code <@123>}, {@code <#123>}); every message says it may
     * mention nobody, so nobody is pinged. An id that is not a Discord id shows as escaped text.
     */
    static String mention(Mention mention) {
        if (!mention.id().matches("\\d{1,20}")) {
            return escape(mention.id());
        }
        return (mention.channel() ? "<#" : "<@") + mention.id() + ">";
    }

    /** Text cut to {@code max} with an ellipsis, for labels and names. */
    static String clip(String text, int max) {
        return fit(text, max, ELLIPSIS);
    }

    /** Text cut to at most {@code max} characters, ending with {@code marker} when cut, at a word boundary where one is near. */
    static String fit(String text, int max, String marker) {
        if (text.length() <= max) {
            return text;
        }
        if (max <= marker.length()) {
            return safeCut(marker, max);
        }
        int room = max - marker.length();
        String kept = safeCut(text, wordBoundary(text, room)).stripTrailing();
        // a literal backslash inside a code span may now end the text: it would escape the marker
        return safeCut(kept, kept.length()) + marker;
    }

    /**
     * Splits text into consecutive pieces of at most {@code max} characters that concatenate to
     * the text again, cutting after a space or line break where one is near. A limit too small for the
     * next character (an emoji under a limit of 1) or escape gets it whole, one piece longer than the limit,
     * rather than half of it: a lone surrogate is not text, and a backslash apart from what it escapes shows.
     */
    static List<String> split(String text, int max, boolean linesOnly) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        while (text.length() - from > max) {
            String rest = text.substring(from);
            int boundary = linesOnly ? rest.lastIndexOf('\n', max - 1) + 1 : wordBoundary(rest, max - 1) + 1;
            String piece = safeCut(rest, boundary > 0 && boundary <= max ? boundary : max);
            if (piece.isEmpty()) {
                piece = rest.substring(0, firstCharacterEnd(rest));
            }
            pieces.add(piece);
            from += piece.length();
        }
        if (from < text.length() || pieces.isEmpty()) {
            pieces.add(text.substring(from));
        }
        return pieces;
    }

    /** The end of the text's first code point, or of the escape it starts with (a backslash and what it escapes). */
    private static int firstCharacterEnd(String text) {
        int end = text.offsetByCodePoints(0, 1);
        return text.charAt(0) == '\\' && end < text.length() ? text.offsetByCodePoints(end, 1) : end;
    }

    private static int wordBoundary(String text, int limit) {
        int space = Math.max(text.lastIndexOf(' ', limit), text.lastIndexOf('\n', limit));
        return space > limit * 3 / 4 ? space : limit;
    }

    /** The first {@code length} characters, shortened so no surrogate pair or escape backslash is split. */
    private static String safeCut(String text, int length) {
        int end = TextCut.end(text, Math.min(length, text.length()));
        int backslashes = 0;
        while (end - backslashes > 0 && text.charAt(end - backslashes - 1) == '\\') {
            backslashes++;
        }
        if (backslashes % 2 == 1) {
            end--;
        }
        return text.substring(0, end);
    }
}
