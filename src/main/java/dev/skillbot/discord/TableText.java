package dev.skillbot.discord;

import dev.skillbot.card.Table;
import java.util.ArrayList;
import java.util.List;

/** A table as aligned monospace lines (for a code block), its legend last. */
final class TableText {

    private static final String GAP = "  ";

    private TableText() {}

    static String render(Table table) {
        List<List<String>> grid = new ArrayList<>();
        grid.add(table.columns());
        grid.addAll(table.rows());
        int[] widths = new int[table.columns().size()];
        grid.forEach(row -> {
            for (int c = 0; c < Math.min(row.size(), widths.length); c++) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        });
        StringBuilder out = new StringBuilder();
        for (List<String> row : grid) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < Math.min(row.size(), widths.length); c++) {
                String cell = plain(row.get(c));
                line.append(cell).append(" ".repeat(widths[c] - width(cell))).append(GAP);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.append(plain(table.legend())).toString();
    }

    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Inside a code block only a backtick can break out, so it is swapped for a look-alike. */
    private static String plain(String text) {
        return text.replace('`', 'ˋ');
    }
}
