package dev.skillbot.slack;

import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import dev.skillbot.card.Mention;
import dev.skillbot.card.TextCut;

/**
 * Slack's text rules in one place. Every string Skillbot sends is escaped first ({@code &},
 * {@code <} and {@code >} only, which neutralises {@code <!channel>}, {@code <!here>} and
 * {@code <@U123>}), then measured and cut to a Block Kit limit with a visible marker.
 */
final class SlackText {

    static final String ELLIPSIS = "…";

    private SlackText() {}

    static String escape(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escapes {@code raw}, then cuts it to {@code max} characters ending in {@code marker}. */
    static String fit(String raw, int max, String marker) {
        return cut(escape(raw), max, marker);
    }

    /**
     * Cuts already escaped text to {@code max} characters, ending in {@code marker} when cut; never
     * splits an entity such as {@code &amp;} or a surrogate pair.
     */
    static String cut(String escaped, int max, String marker) {
        if (escaped.length() <= max) {
            return escaped;
        }
        if (marker.length() >= max) {
            return marker.substring(0, Math.max(0, max));
        }
        int end = max - marker.length();
        int ampersand = escaped.lastIndexOf('&', end - 1);
        if (ampersand >= 0 && ampersand > end - "&amp;".length()) {
            int semicolon = escaped.indexOf(';', ampersand);
            if (semicolon >= end) {
                end = ampersand;
            }
        }
        return escaped.substring(0, TextCut.end(escaped, end)).stripTrailing() + marker;
    }

    /** A person or channel as Slack draws one ({@code <@U123>}, {@code <#C123>}); an id that is not Slack's shows as escaped text. */
    static String mention(Mention mention) {
        if (!mention.id().matches("[A-Z0-9]{1,32}")) {
            return escape(mention.id());
        }
        return (mention.channel() ? "<#" : "<@") + mention.id() + ">";
    }

    /** A plain_text object: escaped, at most {@code max} characters. */
    static PlainTextObject plain(String raw, int max) {
        return PlainTextObject.builder().text(fit(raw, max, ELLIPSIS)).build();
    }

    /** A mrkdwn object for text already escaped and cut; verbatim, so Slack links and mentions nothing by itself. */
    static MarkdownTextObject markdown(String escaped) {
        return MarkdownTextObject.builder().text(escaped).verbatim(true).build();
    }
}
