package dev.skillbot.card;

import java.util.List;
import java.util.stream.Stream;

/** A single-choice menu; each option carries the action to run when it is chosen. */
public record Select(String placeholder, ActionId id, List<Option> options) implements Control {

    public Select {
        options = List.copyOf(options);
    }

    public record Option(String label, ActionId value, boolean selected) {}

    @Override
    public List<ActionId> actionIds() {
        return Stream.concat(Stream.of(id), options.stream().map(Option::value)).toList();
    }
}
