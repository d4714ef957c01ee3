package dev.skillbot.card;

import java.util.List;

/** A small grid shown in monospace, such as the role x level matrix of an overview. */
public record Table(String heading, List<String> columns, List<List<String>> rows, String legend) implements Block {

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
