package dev.skillbot.card;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCutTest {

    private static final String ROCKET = "\uD83D\uDE80";
    private static final String E_ACUTE = "e\u0301"; // e and a combining acute accent
    private static final String FLAG = "\uD83C\uDDEB\uD83C\uDDF7"; // 🇫🇷, two regional indicators
    private static final String FAMILY = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; // 👩‍👩‍👧, joined by ZWJ

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String text = "ab" + ROCKET + "cd";

        assertThat(TextCut.end(text, 3)).as("between the halves").isEqualTo(2);
        assertThat(TextCut.end(text, 4)).as("after the pair").isEqualTo(4);
        assertThat(TextCut.end(text, 2)).isEqualTo(2);
        assertThat(TextCut.end(text, 0)).isZero();
        assertThat(TextCut.end(text, text.length())).isEqualTo(text.length());
    }

    /** Whatever the JDK: its BreakIterator split flags and ZWJ sequences on 17 (the build's JDK), not on 20 and later. */
    @Test
    void aCutNeverPartsALetterFromItsAccentNorAFlagNorAnEmojiSequence() {
        for (String character : new String[] {E_ACUTE, FLAG, FAMILY}) {
            String text = "ab" + character + "cd";
            for (int end = 3; end < 2 + character.length(); end++) {
                assertThat(TextCut.end(text, end))
                        .as(character + " cut at " + end)
                        .isEqualTo(2);
            }
            assertThat(TextCut.end(text, 2 + character.length())).isEqualTo(2 + character.length());
            assertThat(TextCut.clip(text, 2 + character.length())).isEqualTo("ab…");
        }
        assertThat(TextCut.clip("caf" + E_ACUTE + " au lait", 5)).isEqualTo("caf…");
        assertThat(TextCut.clip(FLAG + FLAG + FLAG, 7)).isEqualTo(FLAG + "…");
    }

    @Test
    void startAndWholeEndWidenAnIndexToWholeCharacters() {
        String text = "a" + FAMILY + "b" + E_ACUTE;
        for (int index = 2; index <= FAMILY.length(); index++) {
            assertThat(TextCut.start(text, index)).as("start at " + index).isEqualTo(1);
            assertThat(TextCut.wholeEnd(text, index)).as("end at " + index).isEqualTo(1 + FAMILY.length());
        }
        assertThat(TextCut.start(text, 1)).isEqualTo(1);
        assertThat(TextCut.wholeEnd(text, 1)).isEqualTo(1);
        assertThat(TextCut.start(text, text.length() - 1)).isEqualTo(text.length() - 2);
        assertThat(TextCut.wholeEnd(text, text.length() - 1)).isEqualTo(text.length());
        assertThat(TextCut.start(text, 0)).isZero();
        assertThat(TextCut.wholeEnd(text, text.length())).isEqualTo(text.length());
    }

    @Test
    void clipEndsInAnEllipsisWithinTheLimitAndKeepsShortTextsWhole() {
        assertThat(TextCut.clip("short", 10)).isEqualTo("short");
        assertThat(TextCut.clip("abcdefgh", 5)).isEqualTo("abcd…");
        assertThat(TextCut.clip("abc" + ROCKET + "defg", 5)).isEqualTo("abc…");
        assertThat(TextCut.clip("abcdefgh", 5, "...")).isEqualTo("ab...");
    }
}
