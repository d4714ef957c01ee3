package dev.skillbot.card;

import java.util.List;

/**
 * A titled piece of text, such as one role's expectation. {@code fields} hold side-by-side
 * texts, such as the two levels of a comparison.
 */
public record Section(String heading, Mark mark, String text, List<Field> fields) implements Block {

    public Section {
        fields = List.copyOf(fields);
        text = text == null ? "" : text;
    }

    public static Section of(String heading, Mark mark, String text) {
        return new Section(heading, mark, text, List.of());
    }

    /** One labelled text inside a section. */
    public record Field(String label, Mark mark, String text) {}
}
