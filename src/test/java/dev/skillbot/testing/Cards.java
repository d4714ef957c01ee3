package dev.skillbot.testing;

import dev.skillbot.card.ActionId;
import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Choices;
import dev.skillbot.card.Document;
import dev.skillbot.card.Section;
import dev.skillbot.card.Select;
import java.util.List;
import java.util.stream.Stream;

/** The parts of a card found by what they are and mean, not by their position. */
public final class Cards {

    private Cards() {}

    /** The card's sections, a document's among them. */
    public static List<Section> sections(Card card) {
        return card.blocks().stream()
                .flatMap(block -> block instanceof Document document ? document.sections().stream() : Stream.of(block))
                .filter(Section.class::isInstance)
                .map(Section.class::cast)
                .toList();
    }

    public static List<Button> buttons(Card card) {
        return card.controls().stream()
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .toList();
    }

    /** The one button labelled {@code label}. */
    public static Button button(Card card, String label) {
        List<Button> found = buttons(card).stream()
                .filter(button -> button.label().equals(label))
                .toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one button labelled '" + label + "' on " + card.title() + ", found "
                    + buttons(card).stream().map(Button::label).toList());
        }
        return found.get(0);
    }

    /** The card's one set of {@link Choices}. */
    public static Choices choices(Card card) {
        List<Choices> found = card.controls().stream()
                .filter(Choices.class::isInstance)
                .map(Choices.class::cast)
                .toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one set of choices on " + card.title() + ", found " + found.size());
        }
        return found.get(0);
    }

    /**
     * The command a platform sends when the person changes {@code choices} to what they show with the
     * option labelled {@code label} flipped: the whole chosen set, as Slack's checkboxes and Discord's menu send it.
     */
    public static String flip(Choices choices, String label) {
        if (choices.options().stream().noneMatch(option -> option.label().equals(label))) {
            throw new AssertionError("no choice '" + label + "' among "
                    + choices.options().stream().map(Choices.Option::label).toList());
        }
        return Choices.command(
                choices.id(),
                choices.options().stream()
                        .filter(option -> option.selected() != option.label().equals(label))
                        .map(Choices.Option::value)
                        .toList());
    }

    /** The select that picks {@code what} ({@code level}, {@code role}, {@code skill}): the one whose id is {@code sb1:pick:<what>}. */
    public static Select select(Card card, String what) {
        ActionId id = ActionId.of(ActionId.Action.PICK, what);
        return card.controls().stream()
                .filter(Select.class::isInstance)
                .map(Select.class::cast)
                .filter(select -> select.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no select " + id.encode() + " on " + card.title()));
    }
}
