package dev.skillbot.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Expectation;
import dev.skillbot.catalog.Skill;
import dev.skillbot.testing.FixtureCatalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogDiffTest {

    private static final Instant AT = Instant.parse("2026-12-06T12:00:00Z");

    private final Catalog before = FixtureCatalog.load("before");

    @Test
    void aCatalogWithTheSameSkillsHasNoChanges() {
        assertThat(CatalogDiff.between(before, with(before.skills(), "same"), AT))
                .isEmpty();
        assertThat(CatalogDiff.between(before, FixtureCatalog.load("equal copy"), AT))
                .isEmpty();
    }

    @Test
    void anEditedCellAnAddedAndARemovedSkillAreEachOneChange() {
        List<Skill> skills = new ArrayList<>(before.skills());
        Skill edited = skills.get(0);
        List<Expectation> cells = new ArrayList<>(edited.cells());
        Expectation cell = cells.get(0);
        cells.set(0, new Expectation(cell.levelId(), cell.roleId(), cell.text() + " More.", cell.required()));
        skills.set(0, copy(edited, edited.id(), cells));
        Skill removed = skills.remove(1);
        Skill added = copy(removed, "brand-new", removed.cells());
        skills.add(added);

        List<CatalogChange> changes = CatalogDiff.between(before, with(skills, "after"), AT);

        assertThat(changes)
                .extracting(CatalogChange::skillId, CatalogChange::kind, CatalogChange::levelId, CatalogChange::roleId)
                .containsExactlyInAnyOrder(
                        tuple(edited.id(), CatalogChange.Kind.CELL_EDITED, cell.levelId(), cell.roleId()),
                        tuple("brand-new", CatalogChange.Kind.SKILL_ADDED, null, null),
                        tuple(removed.id(), CatalogChange.Kind.SKILL_REMOVED, null, null));
        assertThat(changes).allSatisfy(change -> assertThat(change.revision()).isEqualTo("after"));
    }

    @Test
    void aRoleASkillNoLongerCoversIsAChangeOfEachOfItsCells() {
        List<Skill> skills = new ArrayList<>(before.skills());
        Skill skill = skills.get(0);
        String dropped = skill.roleIds().get(skill.roleIds().size() - 1);
        List<String> roles =
                skill.roleIds().stream().filter(role -> !role.equals(dropped)).toList();
        List<Expectation> cells = skill.cells().stream()
                .filter(cell -> !cell.roleId().equals(dropped))
                .toList();
        skills.set(0, copy(skill, skill.id(), roles, cells));

        List<CatalogChange> changes = CatalogDiff.between(before, with(skills, "after"), AT);

        assertThat(changes)
                .extracting(CatalogChange::skillId, CatalogChange::kind, CatalogChange::roleId)
                .hasSize(before.levels().size())
                .containsOnly(tuple(skill.id(), CatalogChange.Kind.CELL_EDITED, dropped));
        assertThat(changes)
                .extracting(CatalogChange::levelId)
                .containsExactlyInAnyOrderElementsOf(
                        before.levels().stream().map(level -> level.id()).toList());
    }

    private Catalog with(List<Skill> skills, String revision) {
        return new Catalog(before.levels(), before.roles(), before.domains(), skills, revision, before.locales());
    }

    private static Skill copy(Skill skill, String id, List<Expectation> cells) {
        return copy(skill, id, skill.roleIds(), cells);
    }

    private static Skill copy(Skill skill, String id, List<String> roleIds, List<Expectation> cells) {
        return new Skill(
                id,
                skill.localizedName(),
                skill.aliases(),
                skill.domainId(),
                skill.localizedGroup(),
                skill.localizedSummary(),
                skill.localizedTags(),
                skill.updated(),
                skill.owners(),
                roleIds,
                cells,
                skill.sourceFile());
    }
}
