package dev.skillbot.slack;

import dev.skillbot.card.Diff;
import dev.skillbot.card.Diff.Change;
import dev.skillbot.card.Diff.Segment;
import java.util.ArrayList;
import java.util.List;

/** A word diff in mrkdwn: removed words struck through, added words in bold, the rest as it was. */
final class SlackDiff {

    private SlackDiff() {}

    /** The heading in bold, then the diff, escaped and cut to {@code max} characters. */
    static String mrkdwn(Diff diff, int max, String truncated) {
        String heading = diff.heading().isBlank()
                ? ""
                : "*" + SlackText.escape(diff.heading().strip()) + "*\n";
        Diff bounded = new Diff(diff.heading(), atWordBoundaries(diff.segments()));
        return SlackText.cut(
                heading + bounded.markedUp("~", "*", SlackText::escape, SlackDiff::escapeMarked), max, truncated);
    }

    /**
     * Slack reads {@code ~} and {@code *} as marks only at a word's edge: {@code SLOs*,*} or {@code it~.~*!*} show their
     * markers as typed. A change is widened to the whole words it touches ({@code ~it.~ *it!*}), and a removal directly
     * followed by an addition gets a space between the two; punctuation outside a mark ({@code *new*.}) is an edge.
     */
    static List<Segment> atWordBoundaries(List<Segment> segments) {
        List<Segment> bounded = new ArrayList<>();
        int k = 0;
        while (k < segments.size()) {
            if (segments.get(k).change() == Change.SAME) {
                bounded.add(segments.get(k++));
                continue;
            }
            StringBuilder removed = new StringBuilder();
            StringBuilder added = new StringBuilder();
            String rest = "";
            while (k < segments.size()) {
                for (; k < segments.size() && segments.get(k).change() != Change.SAME; k++) {
                    (segments.get(k).change() == Change.REMOVED ? removed : added)
                            .append(segments.get(k).text());
                }
                if (k == segments.size()) {
                    break;
                }
                String after = segments.get(k++).text();
                String tail = wordStart(after, removed, added);
                removed.append(tail);
                added.append(tail);
                rest = after.substring(tail.length());
                if (!rest.isEmpty()) {
                    break; // else a change follows within the same word: it joins this one
                }
            }
            String head = takeWordEnd(bounded, removed, added);
            addChange(bounded, head + removed, head + added);
            if (!rest.isEmpty()) {
                bounded.add(new Segment(Change.SAME, rest));
            }
        }
        return bounded;
    }

    /** The end of the word a change starts inside, taken off the unchanged text before it. */
    private static String takeWordEnd(List<Segment> bounded, CharSequence removed, CharSequence added) {
        CharSequence first = removed.isEmpty() ? added : removed;
        if (bounded.isEmpty() || first.isEmpty() || Character.isWhitespace(first.charAt(0))) {
            return "";
        }
        String before = bounded.remove(bounded.size() - 1).text();
        int start = before.length();
        while (start > 0 && inWord(before.charAt(start - 1))) {
            start--;
        }
        if (start > 0) {
            bounded.add(new Segment(Change.SAME, before.substring(0, start)));
        }
        return before.substring(start);
    }

    /** The start of the word a change ends inside, from the unchanged text after it. */
    private static String wordStart(String after, CharSequence removed, CharSequence added) {
        CharSequence last = added.isEmpty() ? removed : added;
        boolean endsInWord = !last.isEmpty() && !Character.isWhitespace(last.charAt(last.length() - 1));
        int end = 0;
        while (endsInWord && end < after.length() && inWord(after.charAt(end))) {
            end++;
        }
        return after.substring(0, end);
    }

    /** A character a mark cannot stand next to: Slack then reads the mark as part of the word. */
    static boolean inWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '\'' || c == '-';
    }

    private static void addChange(List<Segment> bounded, String removed, String added) {
        if (!removed.isEmpty()) {
            bounded.add(new Segment(Change.REMOVED, removed));
        }
        if (!removed.isEmpty() && !added.isEmpty()) {
            boolean apart = Character.isWhitespace(removed.charAt(removed.length() - 1))
                    || Character.isWhitespace(added.charAt(0));
            if (!apart) {
                bounded.add(new Segment(Change.SAME, " "));
            }
        }
        if (!added.isEmpty()) {
            bounded.add(new Segment(Change.ADDED, added));
        }
    }

    /**
     * Slack has no escape for {@code *} and {@code ~}: one inside a changed word would end its bold or strike-through
     * early and show the rest's marker as a stray character. Inside the marks they become look-alikes (U+2217, U+223C).
     */
    private static String escapeMarked(String raw) {
        return SlackText.escape(raw).replace('*', '\u2217').replace('~', '\u223C');
    }
}
