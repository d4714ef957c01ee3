package dev.skillbot.slack;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.skillbot.card.ActionId;
import dev.skillbot.card.ModalForm;
import dev.skillbot.chat.Invocation;
import dev.skillbot.command.CommandService;
import dev.skillbot.command.SuggestionFormBuilder;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import dev.skillbot.suggestion.ReviewFlow;
import dev.skillbot.suggestion.Submission;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * "Suggest an edit": the form opens from {@code /skill suggest ...} or a Suggest edit button while
 * the {@code trigger_id} is alive; a submission goes to the core {@link ReviewFlow} before the ack,
 * so problems come back as errors on the form's inputs. Once saved, the modal closes and the author
 * gets the confirmation as a direct message (a closed modal can show nothing), sent with the review
 * flow's other deliveries, never on the threads that answer users.
 */
final class SlackSuggestionFlow {

    private static final Set<String> FIELDS = Set.of(
            SuggestionFormBuilder.ROLE,
            SuggestionFormBuilder.LEVEL,
            SuggestionFormBuilder.TEXT,
            SuggestionFormBuilder.REQUIRED,
            SuggestionFormBuilder.RATIONALE);

    private final CommandService commands;
    private final ReviewFlow flow;
    private final SlackMessenger web;
    private final Executor deliveries;
    private final SlackReaderLanguage readers;

    SlackSuggestionFlow(
            CommandService commands,
            ReviewFlow flow,
            SlackMessenger web,
            Executor deliveries,
            SlackReaderLanguage readers) {
        this.commands = commands;
        this.flow = flow;
        this.web = web;
        this.deliveries = deliveries;
        this.readers = readers;
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
                .filter(each -> each.action() == ActionId.Action.SUBMIT_SUGGESTION
                        && !each.arg(0).isBlank());
        if (id.isEmpty()) {
            return context.ack();
        }
        SlackActor actor = SlackActor.of(payload);
        String locale = readers.of(actor);
        Messages messages = Messages.forLocale(locale);
        Submission submission = flow.submit(
                id.get().arg(0),
                id.get().arg(1),
                SlackModals.values(payload.getView().getState()),
                actor.author());
        if (submission instanceof Submission.Saved saved) {
            deliveries.execute(() -> web.note(
                    saved.proposal().author().userId(), flow.cards(locale).savedNotice(saved.proposal())));
            return context.ack();
        }
        if (submission instanceof Submission.Refused refused) {
            return context.ackWithErrors(Map.of(
                    inputOf(refused.field()),
                    messages.get(refused.reason(), refused.args().toArray())));
        }
        return context.ackWithErrors(Map.of(SuggestionFormBuilder.TEXT, messages.get(MessageKey.STORE_UNAVAILABLE)));
    }

    /** The form input an error belongs under; an unknown cell is about the role and level chosen. */
    private static String inputOf(String field) {
        return FIELDS.contains(field)
                ? field
                : "cell".equals(field) ? SuggestionFormBuilder.ROLE : SuggestionFormBuilder.TEXT;
    }
}
