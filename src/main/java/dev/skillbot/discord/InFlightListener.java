package dev.skillbot.discord;

import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.interaction.GenericInteractionCreateEvent;
import net.dv8tion.jda.api.hooks.EventListener;

/**
 * Holds a ticket while an interaction's handler runs, so that shut-down cannot slip in between
 * the interaction arriving and its handler handing its answer to the {@link CardResponder}.
 */
final class InFlightListener implements EventListener {

    private final InFlight inFlight;
    private final EventListener delegate;

    InFlightListener(InFlight inFlight, EventListener delegate) {
        this.inFlight = inFlight;
        this.delegate = delegate;
    }

    @Override
    public void onEvent(GenericEvent event) {
        if (!(event instanceof GenericInteractionCreateEvent)) {
            delegate.onEvent(event);
            return;
        }
        Runnable done = inFlight.hold();
        try {
            delegate.onEvent(event);
        } finally {
            done.run();
        }
    }
}
