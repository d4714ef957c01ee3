package dev.skillbot.me;

import dev.skillbot.card.ActionId;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.i18n.MessageKey;
import java.util.List;
import java.util.Optional;

/**
 * The "I do this" toggle: {@code me mark <skill> <level> <role> on|off [then…]}. The button carries
 * the state it sets (not "flip"), so two devices clicking at once end in the last click's state for
 * that cell, and no other cell is touched. The card it answers with is the one the toggle was on:
 * {@code then…} ({@code next …}), or the lookup of the cell.
 */
final class MarkToggle {

    static final String ON = "on";
    static final String OFF = "off";

    private MarkToggle() {}

    /**
     * The toggle's id; when {@code then} makes it too long for an action id, the id without it (which
     * answers with the cell's own lookup); empty when even that does not fit (then the card shows no toggle).
     */
    static Optional<ActionId> id(CellRef cell, boolean on, String then) {
        String toggle =
                String.join(" ", "me", MeCommands.MARK, cell.skillId(), cell.levelId(), cell.roleId(), on ? ON : OFF);
        String text = (toggle + " " + then).strip();
        if (ActionId.fits(ActionId.Action.SHOW, text)) {
            return Optional.of(ActionId.of(ActionId.Action.SHOW, text));
        }
        return ActionId.fits(ActionId.Action.SHOW, toggle)
                ? Optional.of(ActionId.of(ActionId.Action.SHOW, toggle))
                : Optional.empty();
    }

    /** Writes the mark (the store may be down: then the card that follows says so) and names the card to show. */
    static Optional<String> act(List<String> words, UserRef user, Catalog catalog, PersonalStores stores) {
        if (words.size() < 4 || !(words.get(3).equals(ON) || words.get(3).equals(OFF))) {
            return Optional.empty();
        }
        CellRef cell = new CellRef(words.get(0), words.get(1), words.get(2));
        Optional<String> text = MarkCounts.text(catalog, cell);
        try {
            if (words.get(3).equals(OFF)) {
                stores.markStore().clear(user, cell);
            } else if (text.isPresent()) {
                stores.markStore()
                        .set(
                                user,
                                new SelfMark(
                                        cell,
                                        SelfMark.hash(text.get()),
                                        stores.clock().instant()));
            }
        } catch (MeUnavailableException e) {
            // the card that follows shows the generic parts and the note that personal ones are unavailable
        }
        String then = String.join(" ", words.subList(4, words.size()));
        boolean safe = !then.isBlank() && !Words.is(then.split(" ")[0], MessageKey.WORDS_ME);
        return Optional.of(safe ? then : String.join(" ", cell.skillId(), cell.levelId(), cell.roleId()));
    }
}
