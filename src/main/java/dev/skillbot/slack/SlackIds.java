package dev.skillbot.slack;

import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a request's workspace, user and channel ids look like Slack's ({@code T024BE7LD}, {@code U0ALICE}): a few
 * letters and digits; and a slash command's name like one Slack allows. The personal stores key rows by them, so an id that is not one is refused with the request
 * rather than failing deep inside a write.
 */
final class SlackIds {

    private static final Logger log = LoggerFactory.getLogger(SlackIds.class);
    private static final int MAX_LENGTH = 64;
    private static final int MAX_COMMAND_LENGTH = 32;

    private SlackIds() {}

    /** A Bolt middleware: a request with an id no Slack id looks like gets a 400, over HTTP and Socket Mode alike. */
    static Response refuseUnlikely(Request<?> request, Response response, MiddlewareChain chain) throws Exception {
        if (plausible(request)) {
            return chain.next(request);
        }
        log.warn(
                "Refused a Slack request whose workspace, user or channel id or command name is not shaped like Slack's");
        return Response.builder()
                .statusCode(400)
                .contentType("text/plain; charset=utf-8")
                .body("malformed Slack request")
                .build();
    }

    /** Whether every id the request names (any may be absent) is shaped like a Slack id. */
    static boolean plausible(Request<?> request) {
        Context context = request.getContext();
        if (context != null
                && !(plausible(context.getTeamId())
                        && plausible(context.getEnterpriseId())
                        && plausible(context.getRequestUserId()))) {
            return false;
        }
        if (request instanceof SlashCommandRequest command) {
            return plausibleCommand(command.getPayload().getCommand())
                    && plausible(command.getPayload().getChannelId());
        }
        if (request instanceof BlockActionRequest click) {
            // Bolt's context may take the workspace from elsewhere than the payload's team, which SlackActor reads
            // and the stores key rows by: both are checked (SlackPayloadMutationTest's .team.id case).
            SlackActor actor = SlackActor.of(click.getPayload());
            return plausible(actor.team()) && plausible(actor.user()) && plausible(actor.channel());
        }
        return true;
    }

    /**
     * A command name as Slack allows one: a slash and 1-32 characters, none of them a space, a control character
     * or another slash. Bolt logs a name no handler takes as it is, so a name with a line break would forge a log
     * line; a well-formed name of another command still reaches Bolt.
     */
    static boolean plausibleCommand(String command) {
        if (command == null
                || command.length() < 2
                || command.length() > MAX_COMMAND_LENGTH + 1
                || command.charAt(0) != '/') {
            return false;
        }
        for (int i = 1; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '/' || Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Checked on every request, so by hand rather than by a regular expression: absent, or 1-64 of [A-Za-z0-9_-]. */
    static boolean plausible(String id) {
        if (id == null || id.isEmpty()) {
            return true;
        }
        if (id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
