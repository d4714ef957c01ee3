package dev.skillbot.slack;

import dev.skillbot.card.Diff;

/** A word diff in mrkdwn: removed words struck through, added words in bold, the rest as it was. */
final class SlackDiff {

    private SlackDiff() {
    }

    /** The heading in bold, then the diff, escaped and cut to {@code max} characters. */
    static String mrkdwn(Diff diff, int max, String truncated) {
        StringBuilder text = new StringBuilder();
        if (!diff.heading().isBlank()) {
            text.append('*').append(SlackText.escape(diff.heading().strip())).append("*\n");
        }
        for (Diff.Segment segment : diff.segments()) {
            switch (segment.change()) {
                case REMOVED -> text.append(wrapped(segment.text(), "~"));
                case ADDED -> text.append(wrapped(segment.text(), "*"));
                default -> text.append(SlackText.escape(segment.text()));
            }
        }
        return SlackText.cut(text.toString(), max, truncated);
    }

    /** Slack only formats a marker that touches a word, so surrounding spaces stay outside it. */
    private static String wrapped(String raw, String marker) {
        String core = raw.strip();
        if (core.isEmpty()) {
            return raw;
        }
        int start = raw.indexOf(core);
        return raw.substring(0, start) + marker + SlackText.escape(core) + marker + raw.substring(start + core.length());
    }
}
