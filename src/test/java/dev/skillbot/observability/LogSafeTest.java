package dev.skillbot.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSafeTest {

    @Test
    void lineBreaksAndControlCharactersBecomeVisibleEscapes() {
        String forged = "gitops\n2026-01-01 ERROR forged\r\n\tx\u0000\u001b[31m\u0085\u2028y\\n";

        String escaped = LogSafe.escape(forged);

        assertThat(escaped)
                .isEqualTo("gitops\\n2026-01-01 ERROR forged\\r\\n\\tx\\u0000\\u001b[31m\\u0085\\u2028y\\\\n");
        assertThat(escaped.chars()).noneMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
    }

    @Test
    void ordinaryTextIsUnchangedAndNullIsSaid() {
        assertThat(LogSafe.escape("sb1:show:gitops-practices senior · 高级"))
                .isEqualTo("sb1:show:gitops-practices senior · 高级");
        assertThat(LogSafe.escape(null)).isEqualTo("null");
    }

    @Test
    void longTextIsCutAndSaysHowMuchWasLeftOut() {
        String escaped = LogSafe.escape("x".repeat(LogSafe.MAX_LENGTH + 50));

        assertThat(escaped).isEqualTo("x".repeat(LogSafe.MAX_LENGTH) + "…(50 more)");
    }

    @Test
    void neverLogsHalfACharacter() {
        assertThat(LogSafe.escape("x".repeat(LogSafe.MAX_LENGTH - 1) + "😀"))
                .isEqualTo("x".repeat(LogSafe.MAX_LENGTH - 1) + "…(2 more)");
        assertThat(LogSafe.escape("a\uD83Db")).isEqualTo("a\\ud83db");
    }
}
