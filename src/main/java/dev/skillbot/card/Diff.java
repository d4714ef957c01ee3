package dev.skillbot.card;

import java.util.List;
import java.util.function.UnaryOperator;

/** A before/after text with the changed words marked, such as a suggested edit under review. */
public record Diff(String heading, List<Segment> segments) implements Block {

    public enum Change {
        SAME,
        REMOVED,
        ADDED
    }

    public record Segment(Change change, String text) {}

    public Diff {
        segments = List.copyOf(segments);
    }

    /**
     * The diff as marked-up text: removed and added words between their markers, escaped by the
     * platform's rule. Markers hug the words (spaces stay outside), as chat markdown requires.
     */
    public String markedUp(String removedMarker, String addedMarker, UnaryOperator<String> escape) {
        return markedUp(removedMarker, addedMarker, escape, escape);
    }

    /**
     * The same, with the changed words escaped by {@code escapeMarked}: for a platform with no escape for its markers
     * (Slack), which must keep a marker's own character inside the pair from ending it early.
     */
    public String markedUp(
            String removedMarker,
            String addedMarker,
            UnaryOperator<String> escape,
            UnaryOperator<String> escapeMarked) {
        StringBuilder text = new StringBuilder();
        for (Segment segment : segments) {
            String marker = segment.change() == Change.REMOVED
                    ? removedMarker
                    : segment.change() == Change.ADDED ? addedMarker : "";
            if (marker.isEmpty()) {
                text.append(escape.apply(segment.text()));
                continue;
            }
            // Slack ends bold and strike-through at a line break: a marker pair spanning lines shows as two
            // stray markers, so each line of a changed segment gets its own pair
            String[] lines = segment.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    text.append('\n');
                }
                markLine(text, lines[i], marker, escapeMarked);
            }
        }
        return text.toString();
    }

    private static void markLine(StringBuilder text, String line, String marker, UnaryOperator<String> escape) {
        String core = line.strip();
        if (core.isEmpty()) {
            text.append(escape.apply(line));
            return;
        }
        int start = line.indexOf(core);
        text.append(line, 0, start)
                .append(marker)
                .append(escape.apply(core))
                .append(marker)
                .append(line.substring(start + core.length()));
    }

    /** The text before the change. */
    public String before() {
        return join(Change.REMOVED);
    }

    /** The text after the change. */
    public String after() {
        return join(Change.ADDED);
    }

    private String join(Change include) {
        StringBuilder text = new StringBuilder();
        segments.stream()
                .filter(segment -> segment.change() == Change.SAME || segment.change() == include)
                .forEach(segment -> text.append(segment.text()));
        return text.toString();
    }
}
