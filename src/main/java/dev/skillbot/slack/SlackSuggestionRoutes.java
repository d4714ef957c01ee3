package dev.skillbot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.skillbot.card.ActionId;
import dev.skillbot.chat.Invocation;

/**
 * Suggestions and their review: the suggest button opens the form, the form's submission, the
 * approve and reject buttons and the rejection form go to their flows.
 */
final class SlackSuggestionRoutes implements SlackRoutes.Group {

    private final SlackSuggestionFlow suggestions;
    private final SlackReviewFlow reviews;
    private final SlackReaderLanguage readers;

    SlackSuggestionRoutes(SlackSuggestionFlow suggestions, SlackReviewFlow reviews, SlackReaderLanguage readers) {
        this.suggestions = suggestions;
        this.reviews = reviews;
        this.readers = readers;
    }

    @Override
    public void register(SlackActionRoutes routes) {
        routes.blockAction(ActionId.Action.SUGGEST, this::suggest);
        routes.viewSubmission(ActionId.Action.SUBMIT_SUGGESTION, suggestions::submit);
        routes.blockAction(ActionId.Action.APPROVE, reviews::approve);
        routes.blockAction(ActionId.Action.REJECT, reviews::reject);
        routes.viewSubmission(ActionId.Action.SUBMIT_REJECTION, reviews::submitRejection);
    }

    /** Opens the suggestion form for the card's cell before the ack, while the trigger_id lives. */
    private Response suggest(BlockActionRequest request, ActionContext context) {
        SlackActionRoutes.decode(request, BlockActionPayload.Action::getActionId, ActionId.Action.SUGGEST)
                .ifPresent(id -> suggestions.openFromButton(
                        request.getPayload().getTriggerId(),
                        SlackActionRoutes.invocation(request, Invocation.Origin.BUTTON, readers),
                        id));
        return context.ack();
    }
}
