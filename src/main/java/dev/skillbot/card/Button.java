package dev.skillbot.card;

import java.util.List;

public record Button(String label, ActionId id, Style style) implements Control {

    public enum Style {
        DEFAULT,
        PRIMARY
    }

    @Override
    public List<ActionId> actionIds() {
        return List.of(id);
    }
}
