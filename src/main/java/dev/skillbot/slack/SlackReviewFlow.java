package dev.skillbot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.skillbot.card.ActionId;
import dev.skillbot.catalog.CatalogSource;
import dev.skillbot.command.Platform;
import dev.skillbot.i18n.Messages;
import dev.skillbot.suggestion.Author;
import dev.skillbot.suggestion.Decision;
import dev.skillbot.suggestion.Proposal;
import dev.skillbot.suggestion.ProposalCards;
import dev.skillbot.suggestion.ProposalService;
import dev.skillbot.suggestion.ProposalStatus;
import dev.skillbot.suggestion.StoreUnavailableException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Approve and Reject on a review post. Every click is checked on the server (the user id and
 * the user's groups); the core decides each proposal once, whoever clicks first. A decision
 * replaces the review post in place with the outcome and who decided, and the author gets a
 * direct message. Refusals go privately to the clicker only.
 */
final class SlackReviewFlow {

    private final ProposalService proposals;
    private final SlackReviewers reviewers;
    private final SlackWeb web;
    private final SlackResponder responder;
    private final Executor executor;
    private final CatalogSource catalogs;
    private final String locale;

    SlackReviewFlow(ProposalService proposals, SlackReviewers reviewers, SlackWeb web, SlackResponder responder, Executor executor,
                    CatalogSource catalogs, String locale) {
        this.proposals = proposals;
        this.reviewers = reviewers;
        this.web = web;
        this.responder = responder;
        this.executor = executor;
        this.catalogs = catalogs;
        this.locale = locale;
    }

    /** Acked at once; the decision, with its write-back and commit, runs after the ack. */
    Response approve(BlockActionRequest request, ActionContext context) {
        BlockActionPayload payload = request.getPayload();
        proposalId(payload, ActionId.Action.APPROVE).ifPresent(id -> executor.execute(() -> {
            Author reviewer = SlackActor.of(payload).author();
            Decision decision = proposals.approve(id, reviewer, reviewers.memberships(reviewer.userId()));
            settle(decision, SlackReviewPost.of(payload), payload.getResponseUrl());
        }));
        return context.ack();
    }

    /** Opens the reason form while the trigger_id lives, unless the clicker may not decide or it is decided already. */
    Response reject(BlockActionRequest request, ActionContext context) {
        BlockActionPayload payload = request.getPayload();
        Optional<Long> id = proposalId(payload, ActionId.Action.REJECT);
        if (id.isEmpty()) {
            return context.ack();
        }
        Optional<Decision> refusal = refusalBeforeForm(id.get(), SlackActor.of(payload).author());
        if (refusal.isPresent()) {
            tellPrivately(payload.getResponseUrl(), cards().refusal(refusal.get()));
        } else {
            web.openModal(payload.getTriggerId(), SlackModals.view(cards().rejectionForm(id.get()), SlackReviewPost.of(payload).encode()));
        }
        return context.ack();
    }

    Response submitRejection(ViewSubmissionRequest request, ViewSubmissionContext context) {
        ViewSubmissionPayload payload = request.getPayload();
        Optional<Long> id = ActionId.decode(payload.getView().getCallbackId())
                .filter(each -> each.action() == ActionId.Action.SUBMIT_REJECTION).flatMap(each -> parse(each.arg(0)));
        if (id.isEmpty()) {
            return context.ack();
        }
        Author reviewer = SlackActor.of(payload).author();
        String reason = SlackModals.values(payload.getView().getState()).getOrDefault(ProposalCards.REASON, "");
        Decision decision = proposals.reject(id.get(), reviewer, reviewers.memberships(reviewer.userId()), reason);
        SlackReviewPost post = SlackReviewPost.decode(payload.getView().getPrivateMetadata());
        if (decision instanceof Decision.Decided || decision instanceof Decision.NeedsAttention) {
            executor.execute(() -> settle(decision, post, null));
            return context.ack();
        }
        if (decision instanceof Decision.AlreadyDecided already) {
            executor.execute(() -> refresh(already.proposal(), post));
        }
        return context.ackWithErrors(Map.of(ProposalCards.REASON, cards().refusal(decision)));
    }

    private Optional<Decision> refusalBeforeForm(long id, Author reviewer) {
        if (!reviewers.isReviewer(reviewer)) {
            return Optional.of(new Decision.NotAReviewer());
        }
        try {
            Optional<Proposal> proposal = proposals.find(id);
            if (proposal.isEmpty()) {
                return Optional.of(new Decision.NotFound(id));
            }
            return proposal.get().status() == ProposalStatus.OPEN ? Optional.empty() : Optional.of(new Decision.AlreadyDecided(proposal.get()));
        } catch (StoreUnavailableException e) {
            return Optional.of(new Decision.Unavailable());
        }
    }

    /** After a decision: the post shows the outcome, the author hears of it; a refusal goes to the clicker alone. */
    private void settle(Decision decision, SlackReviewPost post, String responseUrl) {
        Proposal decided = decision instanceof Decision.Decided d ? d.proposal()
                : decision instanceof Decision.NeedsAttention n ? n.proposal() : null;
        if (decided != null) {
            refresh(decided, post);
            if (decided.author().platform() == Platform.SLACK) {
                web.note(decided.author().userId(), cards().authorNotice(decided));
            }
            return;
        }
        if (decision instanceof Decision.AlreadyDecided already) {
            refresh(already.proposal(), post);
        }
        tellPrivately(responseUrl, cards().refusal(decision));
    }

    /** Replaces the review post with the proposal's current card: the outcome, and no buttons once decided. */
    private void refresh(Proposal proposal, SlackReviewPost post) {
        SlackReviewPost target = post.isKnown() ? post : SlackReviewPost.of(proposal.reviewMessage());
        if (target.isKnown()) {
            web.update(target.channel(), target.ts(), cards().review(proposal));
        }
    }

    private void tellPrivately(String responseUrl, String text) {
        if (responseUrl != null) {
            responder.send(responseUrl, SlackNotes.privately(text));
        }
    }

    private ProposalCards cards() {
        return new ProposalCards(catalogs.current(), Messages.forLocale(locale));
    }

    private static Optional<Long> proposalId(BlockActionPayload payload, ActionId.Action expected) {
        if (payload.getActions() == null || payload.getActions().isEmpty()) {
            return Optional.empty();
        }
        return ActionId.decode(payload.getActions().get(0).getActionId())
                .filter(id -> id.action() == expected).flatMap(id -> parse(id.arg(0)));
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
