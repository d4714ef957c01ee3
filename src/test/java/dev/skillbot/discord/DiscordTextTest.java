package dev.skillbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiscordTextTest {

    @Test
    void codeSpansStayCodeWhileOtherMarkupIsEscaped() {
        assertThat(DiscordText.escape("`gitops senior` shows *each* role"))
                .isEqualTo("`gitops senior` shows \\*each\\* role");
        assertThat(DiscordText.escape("say `me **x** <@1>`")).isEqualTo("say `me **x** <@1>`");
    }

    @Test
    void aLoneEmptyOrMultiLineBacktickIsEscaped() {
        assertThat(DiscordText.escape("it`s")).isEqualTo("it\\`s");
        assertThat(DiscordText.escape("``")).isEqualTo("\\`\\`");
        assertThat(DiscordText.escape("`a\nb`")).isEqualTo("\\`a\nb\\`");
        assertThat(DiscordText.escape("\\`x`")).isEqualTo("\\\\`x`");
    }

    @Test
    void fitCutsAtAWordAndAddsTheMarker() {
        assertThat(DiscordText.fit("one two three four five", 16, "…")).isEqualTo("one two three…");
        assertThat(DiscordText.fit("short", 16, "…")).isEqualTo("short");
    }

    @Test
    void fitNeverSplitsASurrogatePairOrAnEscape() {
        String emoji = "a".repeat(9) + "😀😀";
        assertThat(DiscordText.fit(emoji, 11, "…")).isEqualTo("a".repeat(9) + "…");
        assertThat(DiscordText.fit("aaaaaaaa\\*bbbb", 10, "…")).isEqualTo("aaaaaaaa…");
        assertThat(DiscordText.fit(DiscordText.escape("`a\\ b c`"), 5, "…")).isEqualTo("`a…");
    }

    @Test
    void splitPiecesJoinToTheWholeText() {
        String text = "word ".repeat(500);
        List<String> pieces = DiscordText.split(text, 1024, false);

        assertThat(String.join("", pieces)).isEqualTo(text);
        assertThat(pieces).allSatisfy(piece -> assertThat(piece.length()).isLessThanOrEqualTo(1024));
        assertThat(pieces.get(0)).endsWith(" ");
    }

    /**
     * A limit below the next character's length took its first UTF-16 unit: "😀" at a limit of 1 was split into two
     * lone surrogates, and an escape into a backslash and the character it escapes.
     */
    @Test
    void aLimitTooSmallForTheNextCharacterKeepsItWhole() {
        assertThat(DiscordText.split("😀😀a", 1, false)).containsExactly("😀", "😀", "a");
        assertThat(DiscordText.split("a😀", 1, true)).containsExactly("a", "😀");
        assertThat(DiscordText.split("\\*x\\😀", 1, false)).containsExactly("\\*", "x", "\\😀");
        assertThat(DiscordText.split("ab😀cd", 3, false)).containsExactly("ab", "😀c", "d");
    }

    @Test
    void fairShareMeetsSmallWantsAndSplitsTheRest() {
        assertThat(FairShare.allocate(new int[] {10, 500, 500}, 610)).containsExactly(10, 300, 300);
        assertThat(FairShare.allocate(new int[] {10, 20}, 1000)).containsExactly(10, 20);
    }
}
