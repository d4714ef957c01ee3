package dev.skillbot.command;

import dev.skillbot.card.Block;
import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Control;
import dev.skillbot.card.Section;
import dev.skillbot.card.Table;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.catalog.Skill;
import dev.skillbot.i18n.MessageKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A skill at a glance: summary, tags, counts, the role x level matrix and a level picker. */
final class OverviewCardBuilder {

    static final String REQUIRED_SYMBOL = "●";
    static final String OPTIONAL_SYMBOL = "○";

    private final Catalog catalog;
    private final CardParts parts;

    OverviewCardBuilder(Catalog catalog, CardParts parts) {
        this.catalog = catalog;
        this.parts = parts;
    }

    Card build(Skill skill, Optional<Role> role) {
        List<Block> blocks = new ArrayList<>();
        String counts = parts.messages()
                .get(
                        MessageKey.OVERVIEW_SUMMARY,
                        skill.roleIds().size(),
                        catalog.levels().size(),
                        skill.requiredCount(),
                        skill.optionalCount());
        String summary = skill.summary().isEmpty() ? counts : parts.summary(skill) + "\n" + counts;
        blocks.add(Section.of("", null, summary));
        blocks.add(matrix(skill, role));
        String title = parts.messages().get(MessageKey.OVERVIEW_TITLE, parts.name(skill));
        return parts.noteFallback(new Card(
                Card.Kind.OVERVIEW,
                title,
                parts.context(skill, role),
                parts.tags(skill),
                blocks,
                controls(skill, role),
                title));
    }

    private Table matrix(Skill skill, Optional<Role> role) {
        List<String> columns = new ArrayList<>();
        columns.add(parts.messages().get(MessageKey.OVERVIEW_ROLE_COLUMN));
        catalog.levels().forEach(level -> columns.add(parts.levelName(level)));
        List<List<String>> rows = new ArrayList<>();
        for (Role shown : parts.rolesShown(skill, role)) {
            List<String> row = new ArrayList<>();
            row.add(shown.shortName());
            for (Level level : catalog.levels()) {
                row.add(skill.expectation(level, shown.id())
                        .map(cell -> cell.required() ? REQUIRED_SYMBOL : OPTIONAL_SYMBOL)
                        .orElse("·"));
            }
            rows.add(row);
        }
        return new Table(
                parts.messages().get(MessageKey.OVERVIEW_MATRIX),
                columns,
                rows,
                parts.messages().get(MessageKey.OVERVIEW_LEGEND));
    }

    private List<Control> controls(Skill skill, Optional<Role> role) {
        List<Control> controls = new ArrayList<>();
        catalog.levels().stream()
                .findFirst()
                .ifPresent(first -> controls.add(new Button(
                        parts.messages().get(MessageKey.BUTTON_NEXT, parts.levelName(first)),
                        CardControls.show(CommandText.level(skill, first, role)),
                        Button.Style.PRIMARY)));
        controls.add(new Button(
                parts.messages().get(MessageKey.BUTTON_SHARE),
                CardControls.share(CommandText.overview(skill)
                        + role.map(r -> " " + r.id()).orElse("")),
                Button.Style.DEFAULT));
        parts.controls().openInBrowser(controls, SkillLinks.skill(skill.id(), role.map(Role::id)));
        controls.add(parts.controls().followButton(skill));
        controls.add(parts.controls().levelPicker(skill, Optional.empty(), role));
        controls.add(parts.controls()
                .roleFilter(
                        skill,
                        role,
                        filter -> CommandText.overview(skill)
                                + filter.map(r -> " " + r.id()).orElse("")));
        return controls;
    }
}
