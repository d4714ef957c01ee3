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
        return SlackText.cut(heading + diff.markedUp("~", "*", SlackText::escape), max, truncated);
    }
}
