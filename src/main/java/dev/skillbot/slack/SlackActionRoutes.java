package dev.skillbot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import dev.skillbot.card.ActionId;
import dev.skillbot.chat.Invocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Where the route groups register: block actions and view submissions by {@link ActionId.Action},
 * each matched by its encoded prefix, with the block action patterns kept so that
 * {@link SlackUnknownActions} can tell a click no route takes. Also what every click handler starts
 * with: the action id, decoded as untrusted input, and the clicker's invocation.
 */
final class SlackActionRoutes {

    private final App app;
    private final List<Pattern> blockActions = new ArrayList<>();
    private final List<Pattern> viewSubmissions = new ArrayList<>();

    SlackActionRoutes(App app) {
        this.app = app;
    }

    /** For routes that are not actions: commands, events, suggestions for external selects. */
    App app() {
        return app;
    }

    /** The patterns Bolt routes block actions by; filled while the groups register, read on every click after. */
    List<Pattern> blockActions() {
        return blockActions;
    }

    void blockAction(ActionId.Action action, BlockActionHandler handler) {
        blockActions.add(pattern(action));
        app.blockAction(pattern(action), handler);
    }

    /** The patterns Bolt routes form submissions by, kept as {@link #blockActions()} are. */
    List<Pattern> viewSubmissions() {
        return viewSubmissions;
    }

    void viewSubmission(ActionId.Action action, ViewSubmissionHandler handler) {
        viewSubmissions.add(pattern(action));
        app.viewSubmission(pattern(action), handler);
    }

    /** Works from the action and the container alone: a private (ephemeral) card's payload has no message. */
    static Optional<ActionId> decode(
            BlockActionRequest request, Function<BlockActionPayload.Action, String> idOf, ActionId.Action expected) {
        BlockActionPayload payload = request.getPayload();
        List<BlockActionPayload.Action> actions = payload.getActions();
        if (actions == null || actions.isEmpty() || payload.getResponseUrl() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(idOf.apply(actions.get(0)))
                .flatMap(ActionId::decode)
                .filter(id -> id.action() == expected && !id.arg(0).isBlank());
    }

    /** The clicker's invocation, in their language; a click never carries a channel manager's rights. */
    static Invocation invocation(BlockActionRequest request, Invocation.Origin origin, SlackReaderLanguage readers) {
        SlackActor actor = SlackActor.of(request.getPayload());
        return actor.invocation(readers.of(actor), origin, false);
    }

    /** Matches the ids of one action, such as {@code sb1:show:...}; decoding checks the rest. */
    private static Pattern pattern(ActionId.Action action) {
        return Pattern.compile(
                "^" + Pattern.quote(new ActionId(action, List.of()).encode()) + "(:.*)?$", Pattern.DOTALL);
    }
}
