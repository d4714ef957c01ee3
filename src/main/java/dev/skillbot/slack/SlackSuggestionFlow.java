package dev.skillbot.slack;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.skillbot.card.ActionId;
import dev.skillbot.card.ModalForm;
import dev.skillbot.catalog.CatalogSource;
import dev.skillbot.command.CommandService;
import dev.skillbot.command.Invocation;
import dev.skillbot.command.SuggestionFormBuilder;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import dev.skillbot.suggestion.Proposal;
import dev.skillbot.suggestion.ProposalCards;
import dev.skillbot.suggestion.ProposalService;
import dev.skillbot.suggestion.StoreUnavailableException;
import dev.skillbot.suggestion.SubmittedForm;
import dev.skillbot.suggestion.Submission;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Suggest an edit": the form opens from {@code /skill suggest ...} or a Suggest edit button while
 * the {@code trigger_id} is alive; a submission is checked and saved before the ack, so problems
 * come back as errors on the form's inputs. Once saved, the modal closes and, after the ack, the
 * author gets a direct message and the review channel the review post, whose link is kept.
 */
final class SlackSuggestionFlow {

    private static final Logger log = LoggerFactory.getLogger(SlackSuggestionFlow.class);
    private static final Set<String> FIELDS = Set.of(SuggestionFormBuilder.ROLE, SuggestionFormBuilder.LEVEL,
            SuggestionFormBuilder.TEXT, SuggestionFormBuilder.REQUIRED, SuggestionFormBuilder.RATIONALE);

    private final CommandService commands;
    private final ProposalService proposals;
    private final SlackWeb web;
    private final Executor executor;
    private final String reviewChannel;
    private final String locale;
    private final AtomicBoolean noReviewChannelLogged = new AtomicBoolean();

    SlackSuggestionFlow(CommandService commands, ProposalService proposals, SlackWeb web, Executor executor, String reviewChannel,
                        String locale) {
        this.commands = commands;
        this.proposals = proposals;
        this.web = web;
        this.executor = executor;
        this.reviewChannel = reviewChannel == null ? "" : reviewChannel.strip();
        this.locale = locale;
    }

    /** Opens the form {@code /skill suggest <skill> ...} asked for; false when Slack refused the modal. */
    boolean open(String triggerId, ModalForm form) {
        return web.openModal(triggerId, SlackModals.view(form, ""));
    }

    /** Opens the form for the cell a Suggest edit button names (skill, level, role). */
    boolean openFromButton(String triggerId, Invocation invocation, ActionId id) {
        Optional<ModalForm> form = commands.suggestionForm(invocation, id.arg(0), id.arg(1), id.arg(2));
        return form.isPresent() && web.openModal(triggerId, SlackModals.view(form.get(), ""));
    }

    Response submit(ViewSubmissionRequest request, ViewSubmissionContext context) {
        ViewSubmissionPayload payload = request.getPayload();
        Optional<ActionId> id = ActionId.decode(payload.getView().getCallbackId())
                .filter(each -> each.action() == ActionId.Action.SUBMIT_SUGGESTION && !each.arg(0).isBlank());
        if (id.isEmpty()) {
            return context.ack();
        }
        Messages messages = Messages.forLocale(locale);
        Submission submission = proposals.submit(SubmittedForm.draft(id.get().arg(0), SlackModals.values(payload.getView().getState())),
                SlackActor.of(payload).author());
        if (submission instanceof Submission.Saved saved) {
            executor.execute(() -> announce(saved.proposal()));
            return context.ack();
        }
        if (submission instanceof Submission.Refused refused) {
            return context.ackWithErrors(Map.of(inputOf(refused.field()), messages.get(refused.reason(), refused.args().toArray())));
        }
        return context.ackWithErrors(Map.of(SuggestionFormBuilder.TEXT, messages.get(MessageKey.STORE_UNAVAILABLE)));
    }

    /** The form input an error belongs under; an unknown cell is about the role and level chosen. */
    private static String inputOf(String field) {
        return FIELDS.contains(field) ? field : "cell".equals(field) ? SuggestionFormBuilder.ROLE : SuggestionFormBuilder.TEXT;
    }

    /** After the ack: the author's direct message, then the review post and its link. */
    private void announce(Proposal proposal) {
        ProposalCards cards = cards(commands.catalogs());
        web.note(proposal.author().userId(), cards.savedNotice(proposal));
        if (reviewChannel.isEmpty()) {
            if (noReviewChannelLogged.compareAndSet(false, true)) {
                log.warn("Suggestions are saved but not posted for review: SKILLBOT_SLACK_REVIEW_CHANNEL is not set. "
                        + "/skill proposals lists them.");
            }
            return;
        }
        web.post(reviewChannel, cards.review(proposal)).ifPresent(ts -> {
            String link = web.permalink(reviewChannel, ts).orElse("");
            try {
                proposals.attachReviewMessage(proposal.id(), new Proposal.ReviewMessage(reviewChannel, ts, link));
            } catch (StoreUnavailableException e) {
                log.warn("Review post of suggestion {} not linked: {}", proposal.id(), e.getMessage());
            }
        });
    }

    private ProposalCards cards(CatalogSource catalogs) {
        return new ProposalCards(catalogs.current(), Messages.forLocale(locale));
    }
}
