package dev.skillbot.me;

import dev.skillbot.catalog.Expectation;

/** One cell of the catalog by ids: what a role is expected to do at a level of a skill. */
public record CellRef(String skillId, String levelId, String roleId) {

    public static CellRef of(String skillId, Expectation cell) {
        return new CellRef(skillId, cell.levelId(), cell.roleId());
    }
}
