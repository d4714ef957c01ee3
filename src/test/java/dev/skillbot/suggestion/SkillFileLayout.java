package dev.skillbot.suggestion;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * A skill file of the bilingual fixture's shape whose cells are written each in its own YAML style, as maintainers
 * write them by hand, for {@link CellRewriteLayoutPropertyTest}. Every cell's text is made of lower-case words, so
 * it reads the same in every style.
 */
record SkillFileLayout(String content, Set<String> oneLineCells, Set<String> oneLineLanguages) {

    enum Style {
        DOUBLE_QUOTED,
        SINGLE_QUOTED,
        PLAIN,
        PLAIN_ON_TWO_LINES,
        LITERAL_STRIPPED,
        LITERAL,
        FOLDED,
        LANGUAGES,
        LANGUAGES_WITH_LITERAL,
        LANGUAGES_ON_ONE_LINE
    }

    /**
     * @param zh       the cell's zh-CN text, or null for none (styles without languages have none)
     * @param comment  whether a comment ends the text's last line
     * @param oneLine  whether the whole cell is written on one line, {@code {required: …, text: …}} (quoted and plain
     *                 styles only)
     */
    record Cell(Style style, String en, String zh, boolean required, boolean comment, boolean oneLine) {}

    private static final Set<String> YAML_WORDS = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");
    private static final String AT_INDICATOR = "{comment}";
    private static final Pattern COMMENT = Pattern.compile("# note [a-z]+/[a-z]+");

    static Arbitrary<String> words() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .ofMinLength(1)
                .ofMaxLength(8)
                .list()
                .ofMinSize(1)
                .ofMaxSize(6)
                .map(words -> String.join(" ", words))
                // Plain, these read as booleans or null, which the loader rightly refuses as a cell's text.
                .filter(text -> !YAML_WORDS.contains(text));
    }

    static SkillFileLayout of(List<String> levels, List<String> roles, List<Cell> cells, String lineBreak) {
        StringBuilder out = new StringBuilder();
        out.append("id: layout\nname: Layout\naliases: []\ndomain: build-deploy\ngroup: Releases\n")
                .append("summary: Cells written in every style.\ntags: [layout]\nupdated: 2026-01-15\n")
                .append("owners: []\nroles: [")
                .append(String.join(", ", roles))
                .append("]\ncells:\n");
        Set<String> oneLineCells = new HashSet<>();
        Set<String> oneLineLanguages = new HashSet<>();
        int next = 0;
        for (String level : levels) {
            out.append("  ").append(level).append(":\n");
            for (String role : roles) {
                Cell cell = cells.get(next++);
                String name = level + "/" + role;
                String comment = cell.comment() ? " # note " + name : "";
                if (cell.oneLine() && inline(cell.style())) {
                    oneLineCells.add(name);
                    out.append("    ").append(role).append(": {required: ").append(cell.required());
                    out.append(", text: ")
                            .append(scalar(cell))
                            .append("}")
                            .append(comment)
                            .append('\n');
                    continue;
                }
                if (cell.style() == Style.LANGUAGES_ON_ONE_LINE) {
                    oneLineLanguages.add(name);
                }
                out.append("    ").append(role).append(":\n");
                out.append("      required: ").append(cell.required()).append('\n');
                String text = text(cell);
                // A comment ends the last line, except inside a block scalar, where it goes after the indicator.
                out.append("      text:")
                        .append(text.contains(AT_INDICATOR) ? text.replace(AT_INDICATOR, comment) : text + comment)
                        .append('\n');
            }
        }
        return new SkillFileLayout(out.toString().replace("\n", lineBreak), oneLineCells, oneLineLanguages);
    }

    /** Whether an edit of this cell may be refused with a hint: a language added to a cell on one line, or any edit of languages on one line. */
    boolean refusable(String level, String role, boolean variantExists) {
        String name = level + "/" + role;
        return oneLineLanguages.contains(name) || (oneLineCells.contains(name) && !variantExists);
    }

    static Set<String> comments(String content) {
        Set<String> found = new HashSet<>();
        Matcher matcher = COMMENT.matcher(content);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static boolean inline(Style style) {
        return style == Style.DOUBLE_QUOTED || style == Style.SINGLE_QUOTED || style == Style.PLAIN;
    }

    private static String scalar(Cell cell) {
        return switch (cell.style()) {
            case SINGLE_QUOTED -> "'" + cell.en() + "'";
            case PLAIN -> cell.en();
            default -> "\"" + cell.en() + "\"";
        };
    }

    /** The characters after {@code text:} up to the end of its last line. */
    private static String text(Cell cell) {
        String zh = cell.zh() == null ? "" : "\n        zh-CN: \"" + cell.zh() + "\"";
        return switch (cell.style()) {
            case DOUBLE_QUOTED, SINGLE_QUOTED, PLAIN -> " " + scalar(cell);
            case PLAIN_ON_TWO_LINES -> twoLines(cell.en());
            case LITERAL_STRIPPED -> " |-" + AT_INDICATOR + "\n        " + cell.en();
            case LITERAL -> " |" + AT_INDICATOR + "\n        " + cell.en();
            case FOLDED -> " >" + AT_INDICATOR + "\n        " + cell.en();
            case LANGUAGES -> "\n        en: \"" + cell.en() + "\"" + zh;
            case LANGUAGES_WITH_LITERAL ->
                "\n        en: |-" + (zh.isEmpty() ? AT_INDICATOR : "") + "\n          " + cell.en() + zh;
            case LANGUAGES_ON_ONE_LINE ->
                " {en: \"" + cell.en() + "\"" + (cell.zh() == null ? "" : ", zh-CN: \"" + cell.zh() + "\"") + "}";
        };
    }

    private static String twoLines(String words) {
        int space = words.indexOf(' ');
        return space < 0 ? " " + words : " " + words.substring(0, space) + "\n        " + words.substring(space + 1);
    }
}
