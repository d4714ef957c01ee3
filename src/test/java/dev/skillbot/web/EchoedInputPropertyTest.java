package dev.skillbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What a page repeats of an unknown id, level or role is short and whole: it never cuts an emoji
 * (two UTF-16 chars) in half, which the page showed as "?" ({@code /skills/aaa…😀😀}).
 */
class EchoedInputPropertyTest {

    @Property(tries = 300)
    void aShortenedEchoIsTheInputsFirstCharactersWhole(@ForAll("asked") String asked) {
        String echoed = SkillPages.shorten(asked);

        int[] characters = asked.codePoints().toArray();
        assertThat(echoed).isEqualTo(characters.length <= 40 ? asked : new String(characters, 0, 40) + "…");
        assertThat(new String(echoed.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .isEqualTo(echoed);
    }

    @Provide
    Arbitrary<String> asked() {
        return Arbitraries.of("a", "-", "一", "😀", "🚀", "…")
                .list()
                .ofMaxSize(80)
                .map(pieces -> String.join("", pieces));
    }
}
