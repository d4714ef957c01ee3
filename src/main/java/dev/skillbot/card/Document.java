package dev.skillbot.card;

import java.util.List;

/**
 * A text the reader keeps whole, such as the export of their data: shown as {@code sections} (the text
 * split to fit the platforms' sections), and, where a platform can attach a file to an answer, also
 * as the file {@code fileName} holding {@code text}, so a text longer than one message still arrives whole.
 */
public record Document(String fileName, String text, List<Section> sections) implements Block {

    public Document {
        sections = List.copyOf(sections);
    }
}
