package dev.skillbot.card;

import java.util.List;

/**
 * A titled piece of text, such as one role's expectation. {@code fields} hold side-by-side
 * texts, such as the two levels of a comparison; {@code mentions} the people and channels the text
 * names, one per {@link Mention#PLACEHOLDER} in it.
 */
public record Section(String heading, Mark mark, String text, List<Field> fields, List<Mention> mentions)
        implements Block {

    public Section {
        fields = List.copyOf(fields);
        mentions = List.copyOf(mentions);
        text = text == null ? "" : text;
    }

    public Section(String heading, Mark mark, String text, List<Field> fields) {
        this(heading, mark, text, fields, List.of());
    }

    public static Section of(String heading, Mark mark, String text) {
        return new Section(heading, mark, text, List.of());
    }

    /** An untitled text naming people or channels where it holds {@link Mention#PLACEHOLDER}. */
    public static Section mentioning(String heading, String text, List<Mention> mentions) {
        return new Section(heading, null, text, List.of(), mentions);
    }

    /** One labelled text inside a section. */
    public record Field(String label, Mark mark, String text) {}
}
