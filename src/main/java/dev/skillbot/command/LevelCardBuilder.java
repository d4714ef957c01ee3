package dev.skillbot.command;

import dev.skillbot.card.Block;
import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Control;
import dev.skillbot.card.Section;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.catalog.Skill;
import dev.skillbot.i18n.MessageKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The card for one level of a skill: one section per role, with navigation to the levels around it. */
final class LevelCardBuilder {

    private final Catalog catalog;
    private final CardParts parts;

    LevelCardBuilder(Catalog catalog, CardParts parts) {
        this.catalog = catalog;
        this.parts = parts;
    }

    Card build(Skill skill, Level level, Optional<Role> role) {
        List<Block> blocks = new ArrayList<>();
        for (Role shown : parts.rolesShown(skill, role)) {
            skill.expectation(level, shown.id())
                    .ifPresent(cell ->
                            blocks.add(Section.of(shown.name(parts.locale()), parts.mark(cell), parts.text(cell))));
        }
        String title = parts.messages().get(MessageKey.LEVEL_TITLE, parts.name(skill), parts.levelName(level));
        return parts.noteFallback(new Card(
                Card.Kind.LEVEL,
                title,
                parts.context(skill, role),
                parts.tags(skill),
                blocks,
                controls(skill, level, role),
                title));
    }

    private List<Control> controls(Skill skill, Level level, Optional<Role> role) {
        List<Control> controls = new ArrayList<>();
        catalog.previous(level)
                .ifPresent(previous -> controls.add(new Button(
                        parts.messages().get(MessageKey.BUTTON_PREVIOUS, parts.levelName(previous)),
                        CardControls.show(CommandText.level(skill, previous, role)),
                        Button.Style.DEFAULT)));
        catalog.next(level).ifPresent(next -> {
            controls.add(new Button(
                    parts.messages().get(MessageKey.BUTTON_NEXT, parts.levelName(next)),
                    CardControls.show(CommandText.level(skill, next, role)),
                    Button.Style.DEFAULT));
            controls.add(new Button(
                    parts.messages().get(MessageKey.BUTTON_COMPARE_NEXT, parts.levelName(next)),
                    CardControls.show(CommandText.compare(skill, level, next, role)),
                    Button.Style.PRIMARY));
        });
        controls.add(new Button(
                parts.messages().get(MessageKey.BUTTON_SHARE),
                CardControls.share(CommandText.level(skill, level, role)),
                Button.Style.DEFAULT));
        parts.controls().openInBrowser(controls, SkillLinks.level(skill.id(), level.id(), role.map(Role::id)));
        controls.add(parts.controls().suggestButton(skill, level, role));
        controls.add(parts.controls().followButton(skill));
        controls.add(parts.controls().levelPicker(skill, Optional.of(level), role));
        controls.add(parts.controls().roleFilter(skill, role, filter -> CommandText.level(skill, level, filter)));
        return controls;
    }
}
