package dev.skillbot.slack;

import dev.skillbot.card.Diff;

/** A word diff in mrkdwn: removed words struck through, added words in bold, the rest as it was. */
final class SlackDiff {

    private SlackDiff() {}

    /** The heading in bold, then the diff, escaped and cut to {@code max} characters. */
    static String mrkdwn(Diff diff, int max, String truncated) {
        String heading = diff.heading().isBlank()
                ? ""
                : "*" + SlackText.escape(diff.heading().strip()) + "*\n";
        return SlackText.cut(
                heading + diff.markedUp("~", "*", SlackText::escape, SlackDiff::escapeMarked), max, truncated);
    }

    /**
     * Slack has no escape for {@code *} and {@code ~}: one inside a changed word would end its bold or strike-through
     * early and show the rest's marker as a stray character. Inside the marks they become look-alikes (U+2217, U+223C).
     */
    private static String escapeMarked(String raw) {
        return SlackText.escape(raw).replace('*', '\u2217').replace('~', '\u223C');
    }
}
