package dev.skillbot.command;

import dev.skillbot.card.Block;
import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Control;
import dev.skillbot.card.Mark;
import dev.skillbot.card.Section;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Expectation;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.catalog.Skill;
import dev.skillbot.i18n.MessageKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Two levels side by side for each role, marking the promotion gap: what becomes required, and
 * what the higher level newly expects.
 */
final class ComparisonCardBuilder {

    private final Catalog catalog;
    private final CardParts parts;

    ComparisonCardBuilder(Catalog catalog, CardParts parts) {
        this.catalog = catalog;
        this.parts = parts;
    }

    Card build(Skill skill, Level from, Level to, Optional<Role> role) {
        List<Block> roleSections = new ArrayList<>();
        int changed = 0;
        int newlyRequired = 0;
        List<Role> shown = parts.rolesShown(skill, role);
        for (Role each : shown) {
            Optional<Expectation> lower = skill.expectation(from, each.id());
            Optional<Expectation> higher = skill.expectation(to, each.id());
            if (higher.isEmpty()) {
                continue;
            }
            boolean becomesRequired = higher.get().required()
                    && lower.map(cell -> !cell.required()).orElse(true);
            if (!lower.map(cell -> cell.text().equals(higher.get().text())).orElse(false)) {
                changed++;
            }
            if (becomesRequired) {
                newlyRequired++;
            }
            roleSections.add(new Section(
                    each.name(parts.locale()),
                    gapMark(lower, higher.get(), to),
                    "",
                    List.of(
                            lower.map(cell -> new Section.Field(
                                            parts.levelName(from), parts.mark(cell), parts.text(cell)))
                                    .orElse(new Section.Field(
                                            parts.levelName(from),
                                            null,
                                            parts.messages()
                                                    .get(MessageKey.COMPARE_NOT_AT_LEVEL, parts.levelName(from)))),
                            new Section.Field(
                                    parts.levelName(to), parts.mark(higher.get()), parts.text(higher.get())))));
        }
        List<Block> blocks = new ArrayList<>();
        String summary = changed == 0 && newlyRequired == 0
                ? parts.messages().get(MessageKey.COMPARE_NO_GAP)
                : parts.messages()
                        .get(
                                MessageKey.COMPARE_GAP_SUMMARY,
                                parts.levelName(from),
                                parts.levelName(to),
                                changed,
                                shown.size(),
                                newlyRequired);
        blocks.add(Section.of("", null, summary));
        blocks.addAll(roleSections);
        String title = parts.messages()
                .get(MessageKey.COMPARE_TITLE, parts.name(skill), parts.levelName(from), parts.levelName(to));
        return parts.noteFallback(new Card(
                Card.Kind.COMPARISON,
                title,
                parts.context(skill, role),
                parts.tags(skill),
                blocks,
                controls(skill, from, to, role),
                title));
    }

    private Mark gapMark(Optional<Expectation> lower, Expectation higher, Level to) {
        if (lower.isEmpty()) {
            return new Mark(Mark.Kind.NEW, parts.messages().get(MessageKey.NEW_AT_LEVEL, parts.levelName(to)));
        }
        if (higher.required() && !lower.get().required()) {
            return new Mark(Mark.Kind.NEWLY_REQUIRED, parts.messages().get(MessageKey.NEWLY_REQUIRED));
        }
        if (!higher.required() && lower.get().required()) {
            return new Mark(Mark.Kind.OPTIONAL, parts.messages().get(MessageKey.NOW_OPTIONAL, parts.levelName(to)));
        }
        return parts.mark(higher);
    }

    private List<Control> controls(Skill skill, Level from, Level to, Optional<Role> role) {
        List<Control> controls = new ArrayList<>();
        catalog.previous(from)
                .ifPresent(lower -> controls.add(new Button(
                        parts.messages()
                                .get(
                                        MessageKey.BUTTON_PREVIOUS,
                                        parts.levelName(lower) + " → " + parts.levelName(from)),
                        CardControls.show(CommandText.compare(skill, lower, from, role)),
                        Button.Style.DEFAULT)));
        catalog.next(to)
                .ifPresent(higher -> controls.add(new Button(
                        parts.messages()
                                .get(MessageKey.BUTTON_NEXT, parts.levelName(to) + " → " + parts.levelName(higher)),
                        CardControls.show(CommandText.compare(skill, to, higher, role)),
                        Button.Style.DEFAULT)));
        controls.add(new Button(
                parts.levelName(to), CardControls.show(CommandText.level(skill, to, role)), Button.Style.PRIMARY));
        controls.add(new Button(
                parts.messages().get(MessageKey.BUTTON_SHARE),
                CardControls.share(CommandText.compare(skill, from, to, role)),
                Button.Style.DEFAULT));
        parts.controls()
                .openInBrowser(controls, SkillLinks.compare(skill.id(), from.id(), to.id(), role.map(Role::id)));
        controls.add(parts.controls().suggestButton(skill, to, role));
        controls.add(parts.controls().followButton(skill));
        controls.add(parts.controls().roleFilter(skill, role, filter -> CommandText.compare(skill, from, to, filter)));
        return controls;
    }
}
