package dev.skillbot.web;

import dev.skillbot.catalog.Expectation;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.catalog.Skill;
import dev.skillbot.command.SkillLinks;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.suggestion.WordDiff;
import dev.skillbot.web.SkillPage.Cell;
import dev.skillbot.web.SkillPage.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cells of a {@link SkillPages skill page}: one level and role each, in the matrix and the
 * focused level, and the comparison of two levels built from them, with a word diff per role.
 */
final class SkillPageCells {

    private final ContentText content;

    SkillPageCells(ContentText content) {
        this.content = content;
    }

    /** One level × role cell; a role without an expectation at that level says so. */
    Cell cell(Skill skill, Level level, Role role, Labels t) {
        String anchor = SkillLinks.cellAnchor(level.id(), role.id());
        return skill.expectation(level, role.id())
                .map(cell -> new Cell(
                        anchor,
                        role.name(t.lang()),
                        level.name(t.lang()),
                        cell.required(),
                        mark(cell, t),
                        content.cell(cell, t.lang()),
                        true))
                .orElse(new Cell(
                        anchor,
                        role.name(t.lang()),
                        level.name(t.lang()),
                        false,
                        "",
                        new ContentText.Text(t.chat(MessageKey.COMPARE_NOT_AT_LEVEL, level.name(t.lang())), t.lang()),
                        false));
    }

    private static String mark(Expectation cell, Labels t) {
        return t.chat(cell.required() ? MessageKey.REQUIRED : MessageKey.OPTIONAL);
    }

    /** Two levels compared role by role (only {@code role} when one is chosen), with a summary of the gap. */
    SkillPage.Comparison comparison(
            Skill skill, List<Role> roles, Level from, Level to, Optional<Role> role, Labels t) {
        List<Change> changes = new ArrayList<>();
        int changed = 0;
        int newlyRequired = 0;
        List<Role> shown =
                roles.stream().filter(r -> role.map(r::equals).orElse(true)).toList();
        for (Role each : shown) {
            Cell before = cell(skill, from, each, t);
            Cell after = cell(skill, to, each, t);
            boolean becomesRequired = after.required() && !before.required();
            changed += before.text().value().equals(after.text().value()) ? 0 : 1;
            newlyRequired += becomesRequired ? 1 : 0;
            String gap = !before.present()
                    ? t.chat(MessageKey.NEW_AT_LEVEL, to.name(t.lang()))
                    : becomesRequired
                            ? t.chat(MessageKey.NEWLY_REQUIRED)
                            : before.required() && !after.required()
                                    ? t.chat(MessageKey.NOW_OPTIONAL, to.name(t.lang()))
                                    : after.mark();
            changes.add(new Change(
                    each.name(t.lang()),
                    "compare-" + each.id(),
                    gap,
                    before,
                    after,
                    WordDiff.diff(
                            before.present() ? before.text().value() : "",
                            after.text().value()),
                    after.text().lang()));
        }
        String summary = changed == 0 && newlyRequired == 0
                ? t.chat(MessageKey.COMPARE_NO_GAP)
                : t.chat(
                        MessageKey.COMPARE_GAP_SUMMARY,
                        from.name(t.lang()),
                        to.name(t.lang()),
                        changed,
                        shown.size(),
                        newlyRequired);
        return new SkillPage.Comparison(from.name(t.lang()), to.name(t.lang()), summary, changes);
    }
}
