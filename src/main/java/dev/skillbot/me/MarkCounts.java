package dev.skillbot.me;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Expectation;
import java.util.Map;
import java.util.Optional;

/** How many of a person's marks sit on cells that are gone from the catalog, and on cells whose text changed since. */
record MarkCounts(int gone, int changed) {

    static MarkCounts of(Map<CellRef, SelfMark> marks, Catalog catalog) {
        int gone = 0;
        int changed = 0;
        for (SelfMark mark : marks.values()) {
            Optional<String> text = text(catalog, mark.cell());
            if (text.isEmpty()) {
                gone++;
            } else if (!mark.matches(text.get())) {
                changed++;
            }
        }
        return new MarkCounts(gone, changed);
    }

    static Optional<String> text(Catalog catalog, CellRef cell) {
        return catalog.skill(cell.skillId())
                .flatMap(skill ->
                        catalog.level(cell.levelId()).flatMap(level -> skill.expectation(level, cell.roleId())))
                .map(Expectation::text);
    }
}
