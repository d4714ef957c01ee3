package dev.skillbot.card;

import java.util.List;

/**
 * A button that opens a web address instead of running an action, such as "Open in browser" to
 * the page that shows what the card shows. It carries no action id: nothing comes back to the bot.
 */
public record LinkButton(String label, String url) implements Control {

    @Override
    public List<ActionId> actionIds() {
        return List.of();
    }
}
