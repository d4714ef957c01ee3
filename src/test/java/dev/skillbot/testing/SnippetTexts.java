package dev.skillbot.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Long texts for search snippets, whose cut (beside a Chinese or Korean letter, where no space is needed) may fall
 * inside a character as a reader sees it: the Java and the static site's snippets are compared on them.
 */
public final class SnippetTexts {

    private SnippetTexts() {}

    /** Characters of more than one UTF-16 unit, some after a Chinese or Korean letter where a snippet may be cut. */
    public static final List<String> CHARACTERS = List.of(
            "中\u0301",
            "葛\uDB40\uDD00",
            "\u1112\u1161\u11AB",
            "中\uD83D\uDC4D\uD83C\uDFFD",
            "中\uD83C\uDDEB\uD83C\uDDF7",
            "e\u0301",
            "中\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67");

    /** Texts with the word "kafka" in the middle, each character above cut at every offset. */
    public static List<String> all() {
        List<String> texts = new ArrayList<>();
        for (String character : CHARACTERS) {
            for (int shift = 0; shift < character.length(); shift++) {
                String around = character.repeat(120 / character.length() + 1);
                texts.add("中".repeat(shift) + around + " kafka " + around);
            }
        }
        return texts;
    }
}
