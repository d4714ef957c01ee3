package dev.skillbot.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnsafeTextTest {

    @ParameterizedTest
    @ValueSource(
            ints = {
                0x00, 0x07, 0x0B, 0x0C, 0x1B, 0x7F, 0x80, 0x85, 0x86, 0x9B, 0x9F, 0x200E, 0x200F, 0x202A, 0x202E,
                0x2066, 0x2069, 0x061C, 0x2028, 0x2029, 0xFEFF, 0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF
            })
    void refusesControlsBidiOverridesAndNoncharactersAndSaysWhere(int codePoint) {
        String text = "ok " + Character.toString(codePoint) + " end";

        UnsafeText.Finding found = UnsafeText.find(text).orElseThrow();

        assertThat(found.codePoint()).isEqualTo(codePoint);
        assertThat(found.position()).isEqualTo(4);
        assertThat(found.code()).isEqualTo(String.format("U+%04X", codePoint));
    }

    @Test
    void refusesUnpairedSurrogatesWhereverTheyStand() {
        assertThat(UnsafeText.find("a\uD800b"))
                .get()
                .extracting(UnsafeText.Finding::kind)
                .isEqualTo("unpaired surrogate");
        assertThat(UnsafeText.find("ab\uDC00"))
                .get()
                .extracting(UnsafeText.Finding::position)
                .isEqualTo(3);
        assertThat(UnsafeText.find("end\uD83D")).isPresent();
    }

    @Test
    void acceptsTabsNewlinesAndEveryScript() {
        assertThat(UnsafeText.find("Tabs\tand\nlines, 中文, العربية, emoji 🚀, ZWJ 👩‍💻, combining é"))
                .isEmpty();
    }

    @Test
    void positionsCountCharactersAsPeopleDo() {
        assertThat(UnsafeText.find("🚀🚀\u0086"))
                .get()
                .extracting(UnsafeText.Finding::position)
                .isEqualTo(3);
    }

    @Test
    void carriageReturnsBecomeLineFeeds() {
        assertThat(UnsafeText.normalizeLineBreaks("a\r\nb\rc\n")).isEqualTo("a\nb\nc\n");
    }
}
