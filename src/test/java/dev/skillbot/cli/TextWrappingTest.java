package dev.skillbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Card;
import dev.skillbot.card.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Terminal lines stay within 100 columns in every script, and Latin text breaks only at spaces. */
class TextWrappingTest {

    private final TextCardRenderer renderer = new TextCardRenderer();

    @Test
    void chineseWrapsBetweenCharactersWithinTheWidthAndNeverStartsALineWithAClosingMark() {
        String text =
                "设计 GitOps 架构：制定多环境晋级策略（通过 Git 实现 dev → staging → prod），借助 Argo Rollouts 实现渐进式交付（金丝雀/蓝绿），".repeat(3);

        List<String> lines = bodyLines(text);

        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(lines).allSatisfy(line -> assertThat(columns(line)).isLessThanOrEqualTo(100));
        assertThat(lines)
                .noneMatch(line -> line.strip().startsWith("，") || line.strip().startsWith("）"));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }

    @Test
    void latinBreaksOnlyAtSpaces() {
        String text = "pull-based reconciliation-loop ".repeat(12).strip();

        List<String> lines = bodyLines(text);

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotEndWith("-"));
        assertThat(String.join(" ", lines)).isEqualTo(text);
    }

    private List<String> bodyLines(String text) {
        Card card = new Card(
                Card.Kind.HELP, "T", List.of(), List.of(), List.of(Section.of("", null, text)), List.of(), "T");
        String out = renderer.render(card);
        return out.lines()
                .filter(line -> !line.isBlank() && !line.equals("T") && !line.startsWith("="))
                .toList();
    }

    private static int columns(String line) {
        return line.codePoints()
                .map(codePoint -> codePoint >= 0x2E80 && codePoint <= 0xFFEF ? 2 : 1)
                .sum();
    }
}
