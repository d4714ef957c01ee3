package dev.skillbot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.skillbot.card.ActionId;
import dev.skillbot.suggestion.Author;
import dev.skillbot.suggestion.Decision;
import dev.skillbot.suggestion.ProposalCards;
import dev.skillbot.suggestion.ReviewFlow;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Approve and Reject on a review post, translated into the core {@link ReviewFlow}: the clicker's
 * user id and groups go in, and a refusal comes back privately to the clicker alone. The review
 * post itself and the author's message are the flow's to send.
 */
final class SlackReviewFlow {

    private final ReviewFlow flow;
    private final SlackReviewers reviewers;
    private final SlackMessenger web;
    private final ResponseUrlPoster responder;
    private final Executor afterAck;
    private final SlackReaderLanguage readers;

    SlackReviewFlow(
            ReviewFlow flow,
            SlackReviewers reviewers,
            SlackMessenger web,
            ResponseUrlPoster responder,
            Executor afterAck,
            SlackReaderLanguage readers) {
        this.flow = flow;
        this.reviewers = reviewers;
        this.web = web;
        this.responder = responder;
        this.afterAck = afterAck;
        this.readers = readers;
    }

    /** Acked at once; the decision, with its write-back and commit, runs after the ack. */
    Response approve(BlockActionRequest request, ActionContext context) {
        BlockActionPayload payload = request.getPayload();
        proposalId(payload, ActionId.Action.APPROVE)
                .ifPresent(id -> afterAck.execute(() -> {
                    SlackActor actor = SlackActor.of(payload);
                    Author reviewer = actor.author();
                    Decision decision = flow.approve(id, reviewer, reviewers.memberships(reviewer.userId()));
                    if (decision.settled().isEmpty()) {
                        tellPrivately(payload.getResponseUrl(), cards(actor).refusal(decision));
                    }
                }));
        return context.ack();
    }

    /** Opens the reason form while the trigger_id lives, unless the flow refuses this clicker or proposal. */
    Response reject(BlockActionRequest request, ActionContext context) {
        BlockActionPayload payload = request.getPayload();
        Optional<Long> id = proposalId(payload, ActionId.Action.REJECT);
        if (id.isEmpty()) {
            return context.ack();
        }
        SlackActor actor = SlackActor.of(payload);
        Author reviewer = actor.author();
        Optional<Decision> refusal =
                flow.refusalBeforeRejecting(id.get(), reviewer, reviewers.memberships(reviewer.userId()));
        if (refusal.isPresent()) {
            tellPrivately(payload.getResponseUrl(), cards(actor).refusal(refusal.get()));
        } else {
            web.openModal(payload.getTriggerId(), SlackModals.view(cards(actor).rejectionForm(id.get()), ""));
        }
        return context.ack();
    }

    /** The reason form: a refusal (too long, already decided) is shown on the form's input, so the reviewer sees why. */
    Response submitRejection(ViewSubmissionRequest request, ViewSubmissionContext context) {
        ViewSubmissionPayload payload = request.getPayload();
        Optional<Long> id = ActionId.decode(payload.getView().getCallbackId())
                .filter(each -> each.action() == ActionId.Action.SUBMIT_REJECTION)
                .flatMap(each -> ReviewFlow.proposalId(each.arg(0)));
        if (id.isEmpty()) {
            return context.ack();
        }
        SlackActor actor = SlackActor.of(payload);
        Author reviewer = actor.author();
        String reason = SlackModals.values(payload.getView().getState()).getOrDefault(ProposalCards.REASON, "");
        Decision decision = flow.reject(id.get(), reviewer, reviewers.memberships(reviewer.userId()), reason);
        if (decision.settled().isPresent()) {
            return context.ack();
        }
        return context.ackWithErrors(Map.of(ProposalCards.REASON, cards(actor).refusal(decision)));
    }

    private void tellPrivately(String responseUrl, String text) {
        if (responseUrl != null) {
            responder.send(responseUrl, NoteBlocks.privately(text));
        }
    }

    /** Refusals and the reason form, in the reviewer's language. */
    private ProposalCards cards(SlackActor reviewer) {
        return flow.cards(readers.of(reviewer));
    }

    private static Optional<Long> proposalId(BlockActionPayload payload, ActionId.Action expected) {
        if (payload.getActions() == null || payload.getActions().isEmpty()) {
            return Optional.empty();
        }
        return ActionId.decode(payload.getActions().get(0).getActionId())
                .filter(id -> id.action() == expected)
                .flatMap(id -> ReviewFlow.proposalId(id.arg(0)));
    }
}
