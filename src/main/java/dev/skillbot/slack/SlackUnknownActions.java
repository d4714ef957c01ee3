package dev.skillbot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import dev.skillbot.observability.LogSafe;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A click whose action id no route takes (a card drawn by an older version, say) is acked, and the
 * clicker gets a private note through its response_url. Left to Bolt it would get a 404, which
 * Slack shows the clicker as an error, and a WARN with the raw id and a code sample.
 */
final class SlackUnknownActions implements Middleware {

    private static final Logger log = LoggerFactory.getLogger(SlackUnknownActions.class);

    private final List<Pattern> routes;
    private final ResponseUrlPoster responder;
    private final SlackReaderLanguage readers;

    /** {@code routes} are the block action patterns Bolt routes by, read on every click. */
    SlackUnknownActions(List<Pattern> routes, ResponseUrlPoster responder, SlackReaderLanguage readers) {
        this.routes = routes;
        this.responder = responder;
        this.readers = readers;
    }

    @Override
    public Response apply(Request request, Response response, MiddlewareChain chain) throws Exception {
        if (!(request instanceof BlockActionRequest click)
                || click.getPayload().getActions() == null
                || routed(click.getPayload())) {
            return chain.next(request);
        }
        BlockActionPayload payload = click.getPayload();
        log.info(
                "Slack: no route for action id {}; acked with a note",
                LogSafe.escape(
                        payload.getActions().isEmpty()
                                ? "(none)"
                                : payload.getActions().get(0).getActionId()));
        if (payload.getResponseUrl() != null) {
            String note = Messages.forLocale(readers.of(SlackActor.of(payload))).get(MessageKey.ACTION_UNKNOWN);
            responder.send(payload.getResponseUrl(), NoteBlocks.privately(note));
        }
        return Response.ok();
    }

    /** As Bolt routes: exactly one action, whose id one of the patterns matches. */
    private boolean routed(BlockActionPayload payload) {
        List<BlockActionPayload.Action> actions = payload.getActions();
        String id = actions.size() == 1 ? actions.get(0).getActionId() : null;
        return id != null && routes.stream().anyMatch(route -> route.matcher(id).matches());
    }
}
