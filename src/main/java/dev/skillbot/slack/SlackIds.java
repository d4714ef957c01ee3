package dev.skillbot.slack;

import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a request's workspace, user and channel ids look like Slack's ({@code T024BE7LD}, {@code U0ALICE}): a few
 * letters and digits. The personal stores key rows by them, so an id that is not one is refused with the request
 * rather than failing deep inside a write.
 */
final class SlackIds {

    private static final Logger log = LoggerFactory.getLogger(SlackIds.class);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private SlackIds() {}

    /** A Bolt middleware: a request with an id no Slack id looks like gets a 400, over HTTP and Socket Mode alike. */
    static Response refuseUnlikely(Request<?> request, Response response, MiddlewareChain chain) throws Exception {
        if (plausible(request)) {
            return chain.next(request);
        }
        log.warn("Refused a Slack request whose workspace, user or channel id is not shaped like Slack's");
        return Response.builder()
                .statusCode(400)
                .contentType("text/plain; charset=utf-8")
                .body("malformed Slack request")
                .build();
    }

    /** Whether every id the request names (any may be absent) is shaped like a Slack id. */
    static boolean plausible(Request<?> request) {
        return ids(request).stream().allMatch(id -> id == null || ID.matcher(id).matches());
    }

    private static List<String> ids(Request<?> request) {
        List<String> ids = new ArrayList<>();
        Context context = request.getContext();
        if (context != null) {
            ids.add(context.getTeamId());
            ids.add(context.getEnterpriseId());
            ids.add(context.getRequestUserId());
        }
        if (request instanceof SlashCommandRequest command) {
            ids.add(command.getPayload().getChannelId());
        } else if (request instanceof BlockActionRequest click) {
            SlackActor actor = SlackActor.of(click.getPayload());
            ids.add(actor.team());
            ids.add(actor.user());
            ids.add(actor.channel().isEmpty() ? null : actor.channel());
        }
        return ids;
    }
}
