package dev.skillbot.discord;

import dev.skillbot.card.Card;
import dev.skillbot.suggestion.Author;
import dev.skillbot.suggestion.Decision;
import dev.skillbot.suggestion.ProposalCards;
import dev.skillbot.suggestion.ReviewFlow;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import net.dv8tion.jda.api.events.interaction.GenericInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.callbacks.IMessageEditCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;

/**
 * Approve and Reject on a review post, translated into the core {@link ReviewFlow} with the
 * clicking member's role ids. A decision is acknowledged without a visible answer (the flow edits
 * the review post and tells the author); any refusal goes privately to the one who clicked.
 */
final class ReviewActions {

    private final ReviewFlow flow;
    private final CardResponder responder;
    private final DiscordCardRenderer renderer;
    private final Invocations invocations;

    ReviewActions(ReviewFlow flow, CardResponder responder, DiscordCardRenderer renderer, Invocations invocations) {
        this.flow = flow;
        this.invocations = invocations;
        this.responder = responder;
        this.renderer = renderer;
    }

    void approve(ButtonInteractionEvent event, long proposalId) {
        Author reviewer = Invocations.author(event);
        Set<String> roles = Invocations.roleIds(event);
        decide(event, () -> flow.approve(proposalId, reviewer, roles));
    }

    /** Reject asks for the reason first, as the first response, unless the flow refuses this clicker or proposal. */
    void reject(ButtonInteractionEvent event, long proposalId) {
        String locale = invocations.locale(event);
        Optional<Decision> refusal =
                flow.refusalBeforeRejecting(proposalId, Invocations.author(event), Invocations.roleIds(event));
        if (refusal.isPresent()) {
            responder.send(
                    event.reply(renderer.create(refusal(refusal.get(), locale), locale))
                            .setEphemeral(true),
                    "refusal");
            return;
        }
        responder.send(
                event.replyModal(DiscordModals.render(flow.cards(locale).rejectionForm(proposalId))), "rejection form");
    }

    void submitRejection(ModalInteractionEvent event, long proposalId) {
        Author reviewer = Invocations.author(event);
        Set<String> roles = Invocations.roleIds(event);
        String reason = DiscordModals.values(event).getOrDefault(ProposalCards.REASON, "");
        decide(event, () -> flow.reject(proposalId, reviewer, roles, reason));
    }

    private <E extends GenericInteractionCreateEvent & IReplyCallback & IMessageEditCallback> void decide(
            E event, Supplier<Decision> decision) {
        String locale = invocations.locale(event);
        responder.answer(
                "review answer",
                decision,
                outcome -> outcome.settled().isPresent()
                        ? event.deferEdit()
                        : event.reply(renderer.create(refusal(outcome, locale), locale))
                                .setEphemeral(true),
                event::deferEdit,
                outcome -> outcome.settled().isPresent()
                        ? null
                        : event.getHook()
                                .sendMessage(renderer.create(refusal(outcome, locale), locale))
                                .setEphemeral(true));
    }

    private Card refusal(Decision decision, String locale) {
        return DiscordCardRenderer.notice(flow.cards(locale).refusal(decision));
    }
}
