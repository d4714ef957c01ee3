package dev.skillbot.discord;

import dev.skillbot.card.ActionId;
import dev.skillbot.card.Choices;
import dev.skillbot.chat.Invocation;
import dev.skillbot.digest.follow.FollowService;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.observability.LogSafe;
import dev.skillbot.suggestion.ReviewFlow;
import java.util.Optional;
import java.util.OptionalLong;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.GenericInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.GenericComponentInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buttons, selects and modal submissions, routed by the {@link ActionId} in their custom id (a
 * select's chosen value is itself an id; a multi-select of choices runs its command with the values). SHOW runs its command and replaces the card the user is
 * looking at (a card shared in the channel is left alone: the user gets their own copy), SHARE
 * posts the card visibly; Suggest edit, Follow, Approve and Reject go to their own handlers.
 * Ids that do not decode, or lack their arguments, get a private note that the control no longer works.
 */
final class ComponentActions {

    private static final Logger log = LoggerFactory.getLogger(ComponentActions.class);

    private final CardResponder responder;
    private final ChannelPosts posts;
    private final SuggestionActions suggestions;
    private final ReviewActions review;
    private final FollowService follows;
    private final Invocations invocations;

    ComponentActions(
            CardResponder responder,
            ChannelPosts posts,
            SuggestionActions suggestions,
            ReviewActions review,
            FollowService follows,
            Invocations invocations) {
        this.responder = responder;
        this.posts = posts;
        this.invocations = invocations;
        this.suggestions = suggestions;
        this.review = review;
        this.follows = follows;
    }

    void onButton(ButtonInteractionEvent event) {
        Optional<ActionId> decoded =
                ActionId.decode(event.getComponentId()).filter(id -> !id.arg(0).isBlank());
        if (decoded.isEmpty()) {
            ignore(event);
            return;
        }
        ActionId id = decoded.get();
        switch (id.action()) {
            case SHOW:
            case SHARE:
                run(event, id, Invocation.Origin.BUTTON);
                break;
            case SUGGEST:
                suggestions.button(event, id);
                break;
            case FOLLOW:
                follow(event, id.arg(0));
                break;
            case APPROVE:
                proposalId(id).ifPresentOrElse(proposal -> review.approve(event, proposal), () -> ignore(event));
                break;
            case REJECT:
                proposalId(id).ifPresentOrElse(proposal -> review.reject(event, proposal), () -> ignore(event));
                break;
            default:
                ignore(event);
        }
    }

    void onSelect(StringSelectInteractionEvent event) {
        Optional<ActionId> choose = ActionId.decode(event.getComponentId())
                .filter(id ->
                        id.action() == ActionId.Action.CHOOSE && !id.arg(0).isBlank());
        if (choose.isPresent()) { // a multi-select of choices: the values chosen now, all of them
            responder.edit(
                    event,
                    invocations.of(event, Invocation.Origin.SELECT),
                    Choices.command(choose.get(), event.getValues()));
            return;
        }
        boolean pick = ActionId.decode(event.getComponentId())
                .map(id -> id.action() == ActionId.Action.PICK)
                .orElse(false);
        Optional<ActionId> chosen = (pick && event.getValues().size() == 1
                        ? ActionId.decode(event.getValues().get(0))
                        : Optional.<ActionId>empty())
                .filter(id -> (id.action() == ActionId.Action.SHOW || id.action() == ActionId.Action.SHARE)
                        && !id.arg(0).isBlank());
        if (chosen.isPresent()) {
            run(event, chosen.get(), Invocation.Origin.SELECT);
        } else {
            ignore(event);
        }
    }

    void onModal(ModalInteractionEvent event) {
        Optional<ActionId> id = ActionId.decode(event.getModalId())
                .filter(decoded -> !decoded.arg(0).isBlank());
        if (id.isPresent() && id.get().action() == ActionId.Action.SUBMIT_SUGGESTION) {
            suggestions.submit(event, id.get());
        } else if (id.isPresent()
                && id.get().action() == ActionId.Action.SUBMIT_REJECTION
                && proposalId(id.get()).isPresent()) {
            review.submitRejection(event, proposalId(id.get()).getAsLong());
        } else {
            log.info("Discord: no route for modal id {}; answered with a note", LogSafe.escape(event.getModalId()));
            unknown(event);
        }
    }

    private void run(GenericComponentInteractionCreateEvent event, ActionId action, Invocation.Origin origin) {
        String command = action.arg(0);
        if (action.action() == ActionId.Action.SHARE) { // posted for everyone: nothing personal on it
            posts.post(event, invocations.of(event, Invocation.Origin.PUBLIC), command);
            return;
        }
        Invocation invocation = invocations.of(event, origin);
        if (onOwnCard(event.getMessage())) {
            responder.edit(event, invocation, command);
        } else {
            responder.reply(event, invocation, command, true);
        }
    }

    /** Follows or unfollows the skill and says so privately; the card stays as it is. */
    private void follow(ButtonInteractionEvent event, String skillId) {
        Invocation invocation = invocations.of(event, Invocation.Origin.BUTTON);
        responder.reply(
                event,
                invocation.locale(),
                () -> DiscordCardRenderer.notice(follows.toggle(invocation, skillId)),
                true);
    }

    private static OptionalLong proposalId(ActionId id) {
        return ReviewFlow.proposalId(id.arg(0)).map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    void ignore(GenericComponentInteractionCreateEvent event) {
        log.info("Discord: no route for component id {}; answered with a note", LogSafe.escape(event.getComponentId()));
        unknown(event);
    }

    /** Answered privately, so the clicker sees why nothing happened instead of "This interaction failed". */
    private <E extends GenericInteractionCreateEvent & IReplyCallback> void unknown(E event) {
        responder.note(event, invocations.locale(event), MessageKey.ACTION_UNKNOWN);
    }

    /** An ephemeral card belongs to the user who clicked; Discord may send such a message as only an id. */
    private static boolean onOwnCard(Message message) {
        return message == null || message.isEphemeral();
    }
}
