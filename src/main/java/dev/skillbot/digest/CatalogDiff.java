package dev.skillbot.digest;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Expectation;
import dev.skillbot.catalog.Skill;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What changed between two catalog snapshots: skills added or removed, and cells edited. */
public final class CatalogDiff {

    private CatalogDiff() {}

    public static List<CatalogChange> between(Catalog before, Catalog after, Instant at) {
        List<CatalogChange> changes = new ArrayList<>();
        for (Skill skill : after.skills()) {
            Optional<Skill> previous = before.skill(skill.id());
            if (previous.isEmpty()) {
                changes.add(new CatalogChange(
                        at, after.revision(), skill.id(), CatalogChange.Kind.SKILL_ADDED, null, null));
                continue;
            }
            if (previous.get() == skill) {
                continue; // a reload reuses the skill of every unchanged file
            }
            for (Expectation cell : skill.cells()) {
                Optional<Expectation> old = before.level(cell.levelId())
                        .flatMap(level -> previous.get().expectation(level, cell.roleId()));
                if (old.isEmpty() || !old.get().equals(cell)) {
                    changes.add(edited(after, skill, cell, at));
                }
            }
            // a role the skill no longer covers (or a level no longer listed) takes its cells away: a change too
            for (Expectation gone : previous.get().cells()) {
                boolean kept = after.level(gone.levelId())
                        .flatMap(level -> skill.expectation(level, gone.roleId()))
                        .isPresent();
                if (!kept) {
                    changes.add(edited(after, skill, gone, at));
                }
            }
        }
        before.skills().stream()
                .filter(skill -> after.skill(skill.id()).isEmpty())
                .forEach(skill -> changes.add(new CatalogChange(
                        at, after.revision(), skill.id(), CatalogChange.Kind.SKILL_REMOVED, null, null)));
        return changes;
    }

    private static CatalogChange edited(Catalog after, Skill skill, Expectation cell, Instant at) {
        return new CatalogChange(
                at, after.revision(), skill.id(), CatalogChange.Kind.CELL_EDITED, cell.levelId(), cell.roleId());
    }
}
