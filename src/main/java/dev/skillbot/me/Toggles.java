package dev.skillbot.me;

import dev.skillbot.card.Button;
import dev.skillbot.i18n.MessageKey;
import java.util.Optional;

/** The "I do this" toggle of one cell: its label says the cell's state, its id the state a click sets. */
final class Toggles {

    private static final int NAME_MAX = 40;

    private Toggles() {}

    /**
     * "☐ I do this: Canary Releases" sets the mark; "☑ …" clears it; "⚠ Review: …" (marked against
     * text that changed since) marks it again against the current text.
     */
    static Optional<Button> button(
            MeContext me, String name, CellRef cell, String text, Optional<SelfMark> mark, String then) {
        boolean current = mark.map(own -> own.matches(text)).orElse(false);
        String label = mark.isEmpty()
                ? me.t(MessageKey.ME_MARK_SET, clip(name))
                : current ? me.t(MessageKey.ME_MARK_CLEAR, clip(name)) : me.t(MessageKey.ME_MARK_REVIEW, clip(name));
        return MarkToggle.id(cell, !current, then)
                .map(id -> new Button(label, id, current ? Button.Style.PRIMARY : Button.Style.DEFAULT));
    }

    private static String clip(String name) {
        return name.length() <= NAME_MAX ? name : name.substring(0, NAME_MAX - 1) + "…";
    }
}
