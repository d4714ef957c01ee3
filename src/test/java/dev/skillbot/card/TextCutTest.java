package dev.skillbot.card;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCutTest {

    private static final String ROCKET = "\uD83D\uDE80";

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String text = "ab" + ROCKET + "cd";

        assertThat(TextCut.end(text, 3)).as("between the halves").isEqualTo(2);
        assertThat(TextCut.end(text, 4)).as("after the pair").isEqualTo(4);
        assertThat(TextCut.end(text, 2)).isEqualTo(2);
        assertThat(TextCut.end(text, 0)).isZero();
        assertThat(TextCut.end(text, text.length())).isEqualTo(text.length());
    }

    @Test
    void clipEndsInAnEllipsisWithinTheLimitAndKeepsShortTextsWhole() {
        assertThat(TextCut.clip("short", 10)).isEqualTo("short");
        assertThat(TextCut.clip("abcdefgh", 5)).isEqualTo("abcd…");
        assertThat(TextCut.clip("abc" + ROCKET + "defg", 5)).isEqualTo("abc…");
    }
}
