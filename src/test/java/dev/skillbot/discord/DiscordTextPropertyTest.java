package dev.skillbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * For any escaped card text and any limit Discord sets: a fitted text fits, ends with its marker
 * when cut and keeps whole characters and whole escapes; split pieces fit and join to the text.
 */
class DiscordTextPropertyTest {

    @Property(tries = 3000)
    void fittedTextFitsAndKeepsWholeCharactersAndEscapes(
            @ForAll("typed") String plain, @ForAll @IntRange(min = 2, max = 60) int max) {
        String escaped = DiscordText.escape(plain);
        String fitted = DiscordText.fit(escaped, max, DiscordText.ELLIPSIS);

        assertThat(fitted.length()).isLessThanOrEqualTo(max);
        if (escaped.length() <= max) {
            assertThat(fitted).isEqualTo(escaped);
            return;
        }
        assertThat(fitted).endsWith(DiscordText.ELLIPSIS);
        String body = fitted.substring(0, fitted.length() - DiscordText.ELLIPSIS.length());
        assertThat(escaped).startsWith(body);
        assertWhole(body);
    }

    @Property(tries = 3000)
    void splitPiecesFitAndJoinToTheText(
            @ForAll("typed") String plain, @ForAll @IntRange(min = 4, max = 60) int max, @ForAll boolean linesOnly) {
        String escaped = DiscordText.escape(plain);
        List<String> pieces = DiscordText.split(escaped, max, linesOnly);

        assertThat(String.join("", pieces)).isEqualTo(escaped);
        for (String piece : pieces) {
            assertThat(piece.length()).isLessThanOrEqualTo(max);
        }
        for (String piece : pieces.subList(0, pieces.size() - 1)) {
            assertThat(piece).isNotEmpty();
            assertWhole(piece);
        }
    }

    @Provide
    Arbitrary<String> typed() {
        Arbitrary<String> pieces =
                Arbitraries.of("a", "bc", " ", "\n", "*", "_", "\\", "😀", "# ", "> ", "@everyone", "[x](y)", "é", "`");
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }

    /** No piece ends inside a surrogate pair or right after an escaping backslash. */
    private static void assertWhole(String piece) {
        if (piece.isEmpty()) {
            return;
        }
        assertThat(Character.isHighSurrogate(piece.charAt(piece.length() - 1)))
                .as("ends inside a surrogate pair: " + piece)
                .isFalse();
        int backslashes = 0;
        while (backslashes < piece.length() && piece.charAt(piece.length() - 1 - backslashes) == '\\') {
            backslashes++;
        }
        assertThat(backslashes % 2).as("ends with half an escape: " + piece).isZero();
    }
}
