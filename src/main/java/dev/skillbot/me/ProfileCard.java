package dev.skillbot.me;

import dev.skillbot.card.ActionId;
import dev.skillbot.card.Block;
import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Control;
import dev.skillbot.card.Mention;
import dev.skillbot.card.Section;
import dev.skillbot.card.Select;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.i18n.MessageKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The profile card: role and level with their pickers, the language if chosen, readiness for the
 * next level with its first open items, notes on marks that changed or whose cell is gone, and the
 * latest comments on the person's shares. Without a profile, the pickers and how to set one.
 */
final class ProfileCard {

    private final MeContext me;
    private final ChecklistIndex checklists;

    ProfileCard(MeContext me, ChecklistIndex checklists) {
        this.me = me;
        this.checklists = checklists;
    }

    Card card(Optional<MeContext.Placement> placement, List<String> notes) {
        List<Block> blocks = new ArrayList<>();
        notes.forEach(note -> blocks.add(Section.of("", null, note)));
        if (placement.isEmpty()) {
            if (notes.isEmpty()) { // a language chosen before any role and level
                me.profile()
                        .flatMap(Profile::language)
                        .ifPresent(tag -> blocks.add(Section.of("", null, me.t(MessageKey.ME_LANGUAGE, tag))));
            }
            Optional<String> outdated = me.outdated();
            blocks.add(Section.of("", null, outdated.orElseGet(() -> me.t(MessageKey.ME_NONE))));
            if (outdated.isPresent()) {
                me.marksIfAvailable().ifPresent(marks -> markNotes(marks, blocks));
            }
        } else {
            MeContext.Placement at = placement.get();
            blocks.add(Section.of(
                    me.t(MessageKey.ME_TITLE),
                    null,
                    me.roleName(at.role()) + " · " + me.levelName(at.level())
                            + me.profile()
                                    .flatMap(Profile::language)
                                    .map(tag -> "\n" + me.t(MessageKey.ME_LANGUAGE, tag))
                                    .orElse("")));
            me.marksIfAvailable().ifPresent(marks -> readiness(at, marks, blocks));
            comments(blocks);
        }
        String title = me.t(MessageKey.ME_TITLE);
        return new Card(Card.Kind.NOTICE, title, List.of(), List.of(), blocks, controls(placement), title);
    }

    /** Readiness for the next level, its first open items, and notes on marks that changed or whose cell is gone. */
    private void readiness(MeContext.Placement at, Map<CellRef, SelfMark> marks, List<Block> blocks) {
        Optional<Level> next = me.catalog().next(at.level());
        if (next.isEmpty()) {
            blocks.add(Section.of("", null, me.t(MessageKey.ME_TOP_LEVEL, me.levelName(at.level()))));
        } else {
            PromotionChecklist checklist = checklists.get(me.catalog(), at.role(), at.level(), next.get());
            PromotionChecklist.Readiness readiness = checklist.readiness(marks);
            List<String> open = checklist.items().stream()
                    .filter(item -> !marked(marks, item))
                    .limit(3)
                    .map(item -> "• " + me.skillName(item.skill()))
                    .toList();
            String text = open.isEmpty() ? "" : me.t(MessageKey.ME_TOP_ITEMS) + "\n" + String.join("\n", open);
            blocks.add(Section.of(readinessLine(me, readiness), null, text));
        }
        markNotes(marks, blocks);
    }

    /** Notes on marks whose cell is gone from the catalog, and on marks whose cell text changed since. */
    private void markNotes(Map<CellRef, SelfMark> marks, List<Block> blocks) {
        MarkCounts counts = MarkCounts.of(marks, me.catalog());
        if (counts.gone() > 0) {
            blocks.add(Section.of("", null, me.t(MessageKey.ME_HIDDEN_MARKS, counts.gone())));
        }
        if (counts.changed() > 0) {
            blocks.add(Section.of("", null, me.t(MessageKey.ME_CHANGED_MARKS, counts.changed())));
        }
    }

    /** The latest comments left on the person's shares, newest last. */
    private void comments(List<Block> blocks) {
        List<Shares.Comment> comments = me.stores().shares().comments(me.user());
        if (comments.isEmpty()) {
            return;
        }
        List<Shares.Comment> latest = comments.subList(Math.max(0, comments.size() - 5), comments.size());
        List<String> lines = latest.stream()
                .map(comment -> "• "
                        + me.catalog()
                                .skill(comment.skillId())
                                .map(me::skillName)
                                .orElse(comment.skillId()) + " — "
                        + ShareCards.PERSON + ": " + Mention.literal(comment.text()))
                .toList();
        blocks.add(Section.mentioning(
                me.t(MessageKey.ME_COMMENTS),
                String.join("\n", lines),
                latest.stream().map(comment -> Mention.user(comment.authorId())).toList()));
    }

    /** "Lead readiness: 23 of 31 required expectations (74%)". */
    static String readinessLine(MeContext me, PromotionChecklist.Readiness readiness) {
        return me.t(
                MessageKey.ME_READINESS,
                me.levelName(readiness.level()),
                readiness.done(),
                readiness.of(),
                readiness.percent());
    }

    private static boolean marked(Map<CellRef, SelfMark> marks, PromotionChecklist.Item item) {
        SelfMark mark = marks.get(item.cell());
        return mark != null && mark.matches(item.higher().text());
    }

    /**
     * What picking {@code chosen} (a role or a level) sets. With a profile, that word alone: the other is read from
     * the stored profile, so that picking a role and then a level on the same card, before it is drawn again (or on
     * another device), keeps both rather than the second putting back the first's old value. Without a profile, both
     * ({@code other} as drawn).
     */
    private static String pick(Optional<MeContext.Placement> placement, String chosen, String other) {
        return placement.isPresent() ? "me " + chosen : "me " + chosen + " " + other;
    }

    private List<Control> controls(Optional<MeContext.Placement> placement) {
        Role role = placement
                .map(MeContext.Placement::role)
                .orElse(me.catalog().roles().get(0));
        Level level = placement
                .map(MeContext.Placement::level)
                .orElse(me.catalog().levels().get(0));
        List<Control> controls = new ArrayList<>();
        if (placement.isPresent()) {
            controls.add(
                    new Button(me.t(MessageKey.ME_BUTTON_CHECKLIST), ProfileCards.show("next"), Button.Style.PRIMARY));
        }
        controls.add(new Select(
                me.t(MessageKey.ME_PICK_ROLE),
                ActionId.of(ActionId.Action.PICK, "me-role"),
                me.catalog().roles().stream()
                        .limit(25)
                        .map(each -> new Select.Option(
                                each.shortName(),
                                ProfileCards.show(pick(placement, each.id(), level.id())),
                                placement.isPresent() && each.equals(role)))
                        .toList()));
        controls.add(new Select(
                me.t(MessageKey.ME_PICK_LEVEL),
                ActionId.of(ActionId.Action.PICK, "me-level"),
                me.catalog().levels().stream()
                        .limit(25)
                        .map(each -> new Select.Option(
                                me.levelName(each),
                                ProfileCards.show(pick(placement, each.id(), role.id())),
                                placement.isPresent() && each.equals(level)))
                        .toList()));
        controls.add(new Button(
                me.t(MessageKey.ME_BUTTON_SHARES), ProfileCards.show(OwnShares.SHARES_COMMAND), Button.Style.DEFAULT));
        controls.add(
                new Button(me.t(MessageKey.ME_BUTTON_EXPORT), ProfileCards.show("me export"), Button.Style.DEFAULT));
        controls.add(
                new Button(me.t(MessageKey.ME_BUTTON_FORGET), ProfileCards.show("me forget"), Button.Style.DEFAULT));
        return controls;
    }
}
