package dev.skillbot.discord;

import dev.skillbot.card.ActionId;
import dev.skillbot.command.Invocation;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.GenericComponentInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buttons and selects. A button's custom id, or a select's chosen value, is an {@link ActionId}:
 * SHOW runs its command and replaces the card the user is looking at (a card shared in the channel
 * is left alone: the user gets their own copy), SHARE posts the card visibly. Ids that do not decode
 * are acknowledged and otherwise ignored.
 */
final class ComponentActions {

    private static final Logger log = LoggerFactory.getLogger(ComponentActions.class);

    private final CardResponder responder;

    ComponentActions(CardResponder responder) {
        this.responder = responder;
    }

    void onButton(ButtonInteractionEvent event) {
        run(event, ActionId.decode(event.getComponentId()), Invocation.Origin.BUTTON);
    }

    void onSelect(StringSelectInteractionEvent event) {
        boolean pick = ActionId.decode(event.getComponentId()).map(id -> id.action() == ActionId.Action.PICK).orElse(false);
        Optional<ActionId> chosen = pick && event.getValues().size() == 1 ? ActionId.decode(event.getValues().get(0)) : Optional.empty();
        run(event, chosen, Invocation.Origin.SELECT);
    }

    private void run(GenericComponentInteractionCreateEvent event, Optional<ActionId> action, Invocation.Origin origin) {
        if (action.isEmpty() || action.get().action() == ActionId.Action.PICK || action.get().arg(0).isBlank()) {
            log.debug("Ignoring a Discord component with an unknown action");
            event.deferEdit().queue(null, error -> log.debug("Could not acknowledge an unknown action: {}", error.getMessage()));
            return;
        }
        Invocation invocation = Invocations.of(event, origin);
        String command = action.get().arg(0);
        if (action.get().action() == ActionId.Action.SHARE) {
            responder.reply(event, invocation, command, false);
        } else if (onOwnCard(event.getMessage())) {
            responder.edit(event, invocation, command);
        } else {
            responder.reply(event, invocation, command, true);
        }
    }

    /** An ephemeral card belongs to the user who clicked; Discord may send such a message as only an id. */
    private static boolean onOwnCard(Message message) {
        return message == null || message.isEphemeral();
    }
}
