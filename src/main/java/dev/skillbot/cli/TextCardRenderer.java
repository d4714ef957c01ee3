package dev.skillbot.cli;

import dev.skillbot.card.Block;
import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Choices;
import dev.skillbot.card.Control;
import dev.skillbot.card.Diff;
import dev.skillbot.card.Document;
import dev.skillbot.card.LinkButton;
import dev.skillbot.card.Mark;
import dev.skillbot.card.Mention;
import dev.skillbot.card.Section;
import dev.skillbot.card.Select;
import dev.skillbot.card.Table;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Draws a card as terminal text, wrapped to a fixed width. */
public final class TextCardRenderer {

    private static final int WIDTH = 100;
    private static final String INDENT = "  ";
    private static final int FIRST_WIDE = 0x1100; // Hangul Jamo, the lowest of the wide scripts below

    public String render(Card card) {
        StringBuilder out = new StringBuilder();
        out.append(card.title()).append('\n');
        out.append("=".repeat(Math.min(WIDTH, Math.max(3, card.title().length()))))
                .append('\n');
        if (!card.context().isEmpty()) {
            out.append(String.join(" · ", card.context())).append('\n');
        }
        if (!card.tags().isEmpty()) {
            out.append("# ").append(String.join(" · ", card.tags())).append('\n');
        }
        for (Block block : card.blocks()) {
            out.append('\n');
            if (block instanceof Section section) {
                section(out, section);
            } else if (block instanceof Table table) {
                table(out, table);
            } else if (block instanceof Diff diff) {
                diff(out, diff);
            } else if (block instanceof Document document) {
                document.sections().forEach(section -> section(out, section));
            }
        }
        controls(out, card.controls());
        return out.toString();
    }

    private void section(StringBuilder out, Section section) {
        boolean headed = !section.heading().isEmpty() || section.mark() != null;
        if (headed) {
            out.append(section.heading()).append(mark(section.mark())).append('\n');
        }
        if (!section.text().isEmpty()) {
            String text = Mention.fill(
                    section.text(), section.mentions(), mention -> (mention.channel() ? "#" : "@") + mention.id());
            wrap(out, text, headed ? INDENT : "");
        }
        for (Section.Field field : section.fields()) {
            out.append(INDENT).append(field.label()).append(mark(field.mark())).append('\n');
            wrap(out, field.text(), INDENT + INDENT);
        }
    }

    /** Removed words as [-word-], added ones as {+word+}, as in git's word diff. */
    private static void diff(StringBuilder out, Diff diff) {
        out.append(diff.heading()).append('\n');
        StringBuilder text = new StringBuilder();
        for (Diff.Segment segment : diff.segments()) {
            switch (segment.change()) {
                case REMOVED -> text.append("[-").append(segment.text()).append("-]");
                case ADDED -> text.append("{+").append(segment.text()).append("+}");
                default -> text.append(segment.text());
            }
        }
        wrap(out, text.toString(), INDENT);
    }

    private static String mark(Mark mark) {
        return mark == null ? "" : "  [" + mark.label() + "]";
    }

    private static void table(StringBuilder out, Table table) {
        out.append(table.heading()).append('\n');
        table.alignedLines(2).forEach(line -> out.append(INDENT).append(line).append('\n'));
        out.append(INDENT).append(table.legend()).append('\n');
    }

    private static void controls(StringBuilder out, List<Control> controls) {
        String buttons = controls.stream()
                .flatMap(control -> control instanceof Choices choices
                        ? choices.options().stream().map(option -> (option.selected() ? "☑ " : "☐ ") + option.label())
                        : control instanceof Button button ? java.util.stream.Stream.of(button.label()) : null)
                .map(label -> "[" + label + "]")
                .collect(Collectors.joining(" "));
        if (!buttons.isEmpty()) {
            out.append('\n').append(buttons).append('\n');
        }
        controls.stream()
                .filter(Select.class::isInstance)
                .map(Select.class::cast)
                .forEach(select -> {
                    String options = select.options().stream()
                            .map(option -> option.selected() ? "*" + option.label() + "*" : option.label())
                            .collect(Collectors.joining(" | "));
                    out.append(select.placeholder())
                            .append(": ")
                            .append(options)
                            .append('\n');
                });
        controls.stream()
                .filter(LinkButton.class::isInstance)
                .map(LinkButton.class::cast)
                .forEach(link ->
                        out.append(link.label()).append(": ").append(link.url()).append('\n'));
    }

    /**
     * Wraps at spaces, and between Chinese or Japanese characters, which have no spaces (where the
     * JDK's line breaking allows it, so no line starts with a closing mark such as 。or ，). Wide
     * characters take two columns of the terminal.
     */
    private static void wrap(StringBuilder out, String text, String indent) {
        for (String paragraph : text.split("\n", -1)) {
            BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
            breaks.setText(paragraph);
            StringBuilder line = new StringBuilder(indent);
            int columns = indent.length();
            int start = 0;
            breaks.first();
            for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
                if (end < paragraph.length() && !breaksHere(paragraph, end)) {
                    continue;
                }
                String piece = paragraph.substring(start, end);
                int width = columns(piece.stripTrailing());
                if (columns > indent.length() && columns + width > WIDTH) {
                    out.append(line.toString().stripTrailing()).append('\n');
                    line = new StringBuilder(indent);
                    columns = indent.length();
                }
                line.append(piece);
                columns += columns(piece);
                start = end;
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    /** Latin text breaks only after a space, as it always did here (not after a hyphen). */
    private static boolean breaksHere(String text, int index) {
        return text.charAt(index - 1) == ' ' || isWide(text.codePointBefore(index)) || isWide(text.codePointAt(index));
    }

    private static int columns(String text) {
        int columns = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            columns += isWide(codePoint) ? 2 : 1;
            i += Character.charCount(codePoint);
        }
        return columns;
    }

    private static boolean isWide(int codePoint) {
        if (codePoint < FIRST_WIDE) {
            return false; // Latin, Greek, Cyrillic and the rest below Hangul Jamo: no script lookup
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL
                || (codePoint >= 0x3000 && codePoint <= 0x303F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFF60);
    }
}
