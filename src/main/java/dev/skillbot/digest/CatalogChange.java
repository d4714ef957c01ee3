package dev.skillbot.digest;

import java.time.Instant;

/** One change the reloader saw between two catalog revisions. */
public record CatalogChange(Instant seenAt, String revision, String skillId, Kind kind, String levelId, String roleId) {

    public enum Kind {
        SKILL_ADDED,
        CELL_EDITED,
        SKILL_REMOVED
    }
}
