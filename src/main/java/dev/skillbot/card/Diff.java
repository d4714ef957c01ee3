package dev.skillbot.card;

import java.util.List;

/** A before/after text with the changed words marked, such as a suggested edit under review. */
public record Diff(String heading, List<Segment> segments) implements Block {

    public enum Change { SAME, REMOVED, ADDED }

    public record Segment(Change change, String text) {
    }

    public Diff {
        segments = List.copyOf(segments);
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
        segments.stream().filter(segment -> segment.change() == Change.SAME || segment.change() == include)
                .forEach(segment -> text.append(segment.text()));
        return text.toString();
    }
}
