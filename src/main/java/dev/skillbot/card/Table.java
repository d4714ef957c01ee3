package dev.skillbot.card;

import java.util.ArrayList;
import java.util.List;

/** A small grid shown in monospace, such as the role x level matrix of an overview. */
public record Table(String heading, List<String> columns, List<List<String>> rows, String legend) implements Block {

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * The column row, then each row, as lines for a monospace font: every column but the last is
     * padded to its widest cell (counted in code points) plus {@code gap} spaces.
     */
    public List<String> alignedLines(int gap) {
        List<List<String>> grid = new ArrayList<>();
        grid.add(columns);
        grid.addAll(rows);
        int[] widths = new int[columns.size()];
        for (List<String> row : grid) {
            for (int c = 0; c < row.size() && c < widths.length; c++) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : grid) {
            StringBuilder line = new StringBuilder();
            int cells = Math.min(row.size(), widths.length);
            for (int c = 0; c < cells; c++) {
                line.append(row.get(c));
                if (c < cells - 1) {
                    line.append(" ".repeat(widths[c] - width(row.get(c)) + gap));
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static int width(String cell) {
        return cell.codePointCount(0, cell.length());
    }
}
