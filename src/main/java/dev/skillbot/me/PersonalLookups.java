package dev.skillbot.me;

import dev.skillbot.card.Block;
import dev.skillbot.card.Card;
import dev.skillbot.card.Control;
import dev.skillbot.card.Section;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Expectation;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.catalog.Skill;
import dev.skillbot.chat.Invocation;
import dev.skillbot.command.Command;
import dev.skillbot.command.CommandText;
import dev.skillbot.i18n.MessageKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Personal defaults on lookups. A typed lookup without a level opens at the profile's level, and
 * on the profile's role when the skill has it; words typed always win, and buttons (which carry
 * their full command) are never changed. The card then gets a line naming the profile ("your
 * level") and the "I do this" choice of the profile role's cell; without a profile, a one-line hint
 * where a profile would have changed the answer (no level typed);
 * with the store down, a one-line note and the generic card.
 */
final class PersonalLookups {

    private final PersonalStores stores;

    PersonalLookups(PersonalStores stores) {
        this.stores = stores;
    }

    Command personalize(Command command, Invocation invocation, Catalog catalog) {
        boolean personal = command instanceof Command.Lookup lookup
                        && (lookup.level().isEmpty() || lookup.role().isEmpty())
                || command instanceof Command.CompareWithoutLevels;
        if (!stores.stored() || invocation.origin() != Invocation.Origin.COMMAND || !personal) {
            return command;
        }
        Optional<MeContext.Placement> placement;
        try {
            placement = new MeContext(UserRef.of(invocation), catalog, null, stores).placement();
        } catch (MeUnavailableException e) {
            return command;
        }
        if (placement.isEmpty()) {
            return command;
        }
        if (command instanceof Command.CompareWithoutLevels compare) { // "compare gitops": your level and the next
            Level own = placement.get().level();
            return catalog.next(own)
                    .<Command>map(next -> new Command.Compare(
                            compare.skillQuery(),
                            own,
                            next,
                            role(compare.role(), compare.skillQuery(), placement, catalog)))
                    .orElse(command);
        }
        Command.Lookup lookup = (Command.Lookup) command;
        return new Command.Lookup(
                lookup.skillQuery(),
                lookup.level().or(() -> Optional.of(placement.get().level())),
                role(lookup.role(), lookup.skillQuery(), placement, catalog));
    }

    /** The role typed, else the profile's when the skill the words name has it. */
    private static Optional<Role> role(
            Optional<Role> typed, String skillQuery, Optional<MeContext.Placement> placement, Catalog catalog) {
        Optional<Skill> skill = catalog.matcher().match(skillQuery).skill();
        boolean hasRole =
                skill.map(s -> s.includesRole(placement.get().role().id())).orElse(false);
        return typed.or(() -> hasRole ? Optional.of(placement.get().role()) : Optional.empty());
    }

    Card decorate(Card card, Command command, MeContext me) {
        if (!stores.stored()
                || !(command instanceof Command.Lookup lookup)
                || card.kind() != Card.Kind.LEVEL && card.kind() != Card.Kind.OVERVIEW) {
            return card;
        }
        Optional<MeContext.Placement> placement;
        try {
            placement = me.placement();
        } catch (MeUnavailableException e) {
            return withContext(card, me.t(MessageKey.ME_GENERIC_NOTE), List.of(), card.blocks());
        }
        if (placement.isEmpty()) {
            // only where a profile would have changed the answer: a lookup that leaves the level out
            return lookup.level().isEmpty()
                    ? withContext(card, me.t(MessageKey.ME_HINT), List.of(), card.blocks())
                    : card;
        }
        MeContext.Placement at = placement.get();
        boolean yourLevel = lookup.level().map(at.level()::equals).orElse(false);
        String line = me.t(MessageKey.ME_PROFILE_LINE, me.roleName(at.role()), me.levelName(at.level()))
                + (yourLevel ? " — " + me.t(MessageKey.ME_YOUR_LEVEL) : "");
        Optional<Skill> skill =
                me.catalog().matcher().match(lookup.skillQuery()).skill();
        Optional<Level> level = lookup.level();
        if (skill.isEmpty()
                || level.isEmpty()
                || lookup.role().map(role -> !role.equals(at.role())).orElse(false)) {
            return withContext(card, line, List.of(), card.blocks());
        }
        Optional<Expectation> cell =
                skill.get().expectation(level.get(), at.role().id());
        Optional<Map<CellRef, SelfMark>> marks = me.marksIfAvailable();
        if (cell.isEmpty() || marks.isEmpty()) {
            return withContext(card, line, List.of(), card.blocks());
        }
        CellRef ref = CellRef.of(skill.get().id(), cell.get());
        Optional<SelfMark> mark = Optional.ofNullable(marks.get().get(ref));
        String then = CommandText.level(skill.get(), level.get(), lookup.role());
        List<Control> toggle = MarkChoices.cell(
                        me,
                        new MarkChoices.Shown(
                                ref, at.role().shortName(), cell.get().text()),
                        marks.get(),
                        then)
                .map(choices -> List.<Control>of(choices))
                .orElse(List.of());
        return withContext(
                card,
                line,
                toggle,
                badged(
                        card.blocks(),
                        at.role().name(me.locale()),
                        mark,
                        cell.get().text(),
                        me));
    }

    /** The profile role's section, with "✓ you do this" or "changed since you marked it" after its heading. */
    private static List<Block> badged(
            List<Block> blocks, String heading, Optional<SelfMark> mark, String text, MeContext me) {
        if (mark.isEmpty()) {
            return blocks;
        }
        String badge = mark.get().matches(text) ? me.t(MessageKey.ME_MARKED) : "⚠ " + me.t(MessageKey.ME_MARK_CHANGED);
        return blocks.stream()
                .map(block ->
                        block instanceof Section section && section.heading().equals(heading)
                                ? (Block) new Section(
                                        section.heading() + " · " + badge,
                                        section.mark(),
                                        section.text(),
                                        section.fields(),
                                        section.mentions())
                                : block)
                .toList();
    }

    private static Card withContext(Card card, String line, List<Control> first, List<Block> blocks) {
        List<String> context = new ArrayList<>(card.context());
        context.add(line);
        List<Control> controls = new ArrayList<>(first);
        controls.addAll(card.controls());
        return new Card(card.kind(), card.title(), context, card.tags(), blocks, controls, card.fallback());
    }
}
