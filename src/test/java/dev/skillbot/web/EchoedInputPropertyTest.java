package dev.skillbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What a page repeats of an unknown id, level or role is short and whole: it never cuts an emoji
 * (two UTF-16 chars) in half, which the page showed as "?" ({@code /skills/aaa…😀😀}), nor a letter from its
 * accent, a flag or an emoji sequence (each piece here is one character as a reader sees it).
 */
class EchoedInputPropertyTest {

    @Property(tries = 300)
    void aShortenedEchoIsTheInputsFirstCharactersWhole(@ForAll("asked") List<String> pieces) {
        String asked = String.join("", pieces);
        String echoed = SkillPages.shorten(asked);

        StringBuilder whole = new StringBuilder();
        for (String piece : pieces) {
            if (whole.length() + piece.length() > 40) {
                break;
            }
            whole.append(piece);
        }
        assertThat(echoed).isEqualTo(asked.length() <= 41 ? asked : whole + "…");
        assertThat(new String(echoed.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .isEqualTo(echoed);
    }

    @Provide
    Arbitrary<List<String>> asked() {
        return Arbitraries.of(
                        "a", "-", "一", "😀", "🚀", "…", "e\u0301", "\uD83C\uDDEB\uD83C\uDDF7", "👩\u200D👩\u200D👧")
                .list()
                .ofMaxSize(60);
    }
}
