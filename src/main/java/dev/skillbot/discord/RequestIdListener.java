package dev.skillbot.discord;

import dev.skillbot.observability.RequestId;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.interaction.GenericInteractionCreateEvent;
import net.dv8tion.jda.api.hooks.EventListener;

/** Runs each interaction's handler under the interaction id as request id, which the logs carry. */
final class RequestIdListener implements EventListener {

    private final EventListener delegate;

    RequestIdListener(EventListener delegate) {
        this.delegate = delegate;
    }

    @Override
    public void onEvent(GenericEvent event) {
        if (!(event instanceof GenericInteractionCreateEvent interaction)) {
            delegate.onEvent(event);
            return;
        }
        try (RequestId ignored = RequestId.of("discord-" + interaction.getId())) {
            delegate.onEvent(event);
        }
    }
}
