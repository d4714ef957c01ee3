package dev.skillbot.me;

import dev.skillbot.card.ActionId;
import dev.skillbot.card.Choices;
import dev.skillbot.card.TextCut;
import dev.skillbot.i18n.MessageKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The "I do this" choices of the cells a card shows: checkboxes on Slack, a multi-select on Discord.
 * A cell starts chosen when its mark still matches its text; a mark made against text that changed
 * since starts unchosen, with "changed since you marked it, review it" under it, and choosing it
 * marks it again against the current text.
 *
 * <p>A change sends the whole chosen set. The command it runs carries what the card showed, so that
 * only the cells the person changed on this card are written ({@link MarkWrites}): a mark set meanwhile
 * on another device, and every cell not on the card, are left alone, and of two writes to one cell
 * the last wins.
 */
final class MarkChoices {

    static final String MARKS = "marks";
    /** Marks the fingerprint of the text a one-cell choice showed, which no id or command word starts with. */
    static final String SHOWN = "~";

    private static final int NAME_MAX = 40;

    /** A cell as a card shows it: the name its choice carries and the text a mark is made against. */
    record Shown(CellRef cell, String name, String text) {}

    private MarkChoices() {}

    /**
     * The choices of a checklist page: {@code me marks <fingerprint>.<state> <then> =<chosen>}, where
     * {@code then} is the page's own {@code next …} command, which also names the cells again.
     */
    static Optional<Choices> page(MeContext me, List<Shown> shown, Map<CellRef, SelfMark> marks, String then) {
        StringBuilder state = new StringBuilder(fingerprint(shown)).append('.');
        shown.forEach(cell -> state.append(current(cell, marks) ? '1' : '0'));
        return choices(me, shown, marks, String.join(" ", "me", MARKS, state, then));
    }

    /**
     * The choice of one cell, which its command names with the fingerprint of the text shown:
     * {@code me mark <skill> <level> <role> ~<fingerprint> <then> =<chosen>}; without {@code then} when that
     * does not fit an action id (the answer is then the cell's own lookup).
     */
    static Optional<Choices> cell(MeContext me, Shown shown, Map<CellRef, SelfMark> marks, String then) {
        CellRef cell = shown.cell();
        String command = String.join(
                " ",
                "me",
                MeCommands.MARK,
                cell.skillId(),
                cell.levelId(),
                cell.roleId(),
                SHOWN + fingerprint(List.of(shown)));
        String withThen = (command + " " + then).strip();
        return choices(me, List.of(shown), marks, ActionId.fits(ActionId.Action.CHOOSE, withThen) ? withThen : command);
    }

    /** The first eight hex digits of the SHA-256 of the cells and their texts, in order. */
    static String fingerprint(List<Shown> shown) {
        StringBuilder text = new StringBuilder();
        shown.forEach(cell ->
                text.append(cell.cell()).append('\n').append(cell.text()).append('\n'));
        return SelfMark.hash(text.toString()).substring(0, 8);
    }

    private static boolean current(Shown cell, Map<CellRef, SelfMark> marks) {
        SelfMark mark = marks.get(cell.cell());
        return mark != null && mark.matches(cell.text());
    }

    /** Empty when the command does not fit an action id: the card then shows no choices rather than broken ones. */
    private static Optional<Choices> choices(
            MeContext me, List<Shown> shown, Map<CellRef, SelfMark> marks, String command) {
        if (shown.isEmpty() || shown.size() > Choices.OPTIONS_MAX || !ActionId.fits(ActionId.Action.CHOOSE, command)) {
            return Optional.empty();
        }
        List<Choices.Option> options = new java.util.ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Shown cell = shown.get(i);
            boolean changed = marks.containsKey(cell.cell()) && !current(cell, marks);
            options.add(new Choices.Option(
                    me.t(MessageKey.ME_MARK_OPTION, clip(cell.name())),
                    changed ? "⚠ " + me.t(MessageKey.ME_MARK_CHANGED) : "",
                    String.valueOf(i),
                    current(cell, marks)));
        }
        return Optional.of(new Choices(
                me.t(MessageKey.ME_MARKS_PLACEHOLDER), ActionId.of(ActionId.Action.CHOOSE, command), options));
    }

    private static String clip(String name) {
        return TextCut.clip(name, NAME_MAX);
    }
}
