package dev.skillbot.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.slack.api.app_backend.util.JsonPayloadExtractor;
import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.ServletAdapterOps;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.skillbot.http.CachedBodyRequest;
import dev.skillbot.http.PlainAnswer;
import dev.skillbot.observability.LogSafe;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events}, in place of Bolt's {@code SlackAppServlet}, which answers a body its
 * parser throws on with 500 and an ERROR stack trace. Here a body Bolt cannot parse or classify
 * gets 400 and one short, escaped log line, and so does an event whose fields Bolt's Gson cannot
 * read when it runs the handler; the body itself is never logged. Only signed requests
 * get here ({@link SlackSignatureFilter}), so a 500 is left for Skillbot's own failures.
 */
final class SlackEventsServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(SlackEventsServlet.class);

    private final transient App app;
    private final transient SlackRequestParser parser;

    SlackEventsServlet(App app) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!Boolean.TRUE.equals(request.getAttribute(SlackSignatureFilter.VERIFIED))) {
            // Bolt's own signature check is off (SlackConfiguration): a request the filter did not verify never reaches
            // Bolt.
            log.warn("Refused a Slack request that no signature check saw");
            PlainAnswer.send(response, HttpServletResponse.SC_UNAUTHORIZED, "invalid or missing Slack signature");
            return;
        }
        String body = body(request);
        Request<?> slackRequest;
        try {
            slackRequest = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(request.getRequestURI())
                    .queryString(QueryStringParser.toMap(request.getQueryString()))
                    .headers(new RequestHeaders(ServletAdapterOps.toHeaderMap(request)))
                    .requestBody(body)
                    .remoteAddress(request.getRemoteAddr())
                    .build());
        } catch (RuntimeException e) {
            log.warn("Refused a malformed Slack request: {}", LogSafe.escape(e.toString()));
            PlainAnswer.send(response, HttpServletResponse.SC_BAD_REQUEST, "malformed Slack request");
            return;
        }
        if (slackRequest == null) {
            log.warn("Refused a Slack request of no kind Skillbot handles: {}", kindOf(body));
            PlainAnswer.send(response, HttpServletResponse.SC_BAD_REQUEST, "unknown kind of Slack request");
            return;
        }
        Optional<String> eventProblem = SlackEventShape.problem(slackRequest);
        if (eventProblem.isPresent()) {
            log.warn("Refused a malformed Slack event: {}", eventProblem.get());
            PlainAnswer.send(response, HttpServletResponse.SC_BAD_REQUEST, "malformed Slack request");
            return;
        }
        try {
            EncodedJsonResponse.write(response, app.run(slackRequest));
        } catch (JsonParseException e) {
            // Bolt reads an event's fields only once it runs the handler, so a field of another type fails there.
            log.warn(
                    "Refused a malformed Slack {} request: {}",
                    slackRequest.getRequestType(),
                    LogSafe.escape(e.toString()));
            if (!response.isCommitted()) {
                PlainAnswer.send(response, HttpServletResponse.SC_BAD_REQUEST, "malformed Slack request");
            }
        } catch (Exception e) {
            log.error("Could not handle a Slack {} request", slackRequest.getRequestType(), e);
            if (!response.isCommitted()) {
                PlainAnswer.send(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "internal error");
            }
        }
    }

    /**
     * The body as Bolt's own servlet reads it: its lines joined by the line separator. A form body
     * has no line breaks (they are percent-encoded), so the already-read body is that text as is.
     */
    static String body(HttpServletRequest request) throws IOException {
        if (request instanceof CachedBodyRequest cached) {
            String text = cached.text();
            if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
                return text;
            }
        }
        return ServletAdapterOps.doReadRequestBodyAsString(request);
    }

    /** What the log says about an unclassified body: its payload type, escaped, never the body. */
    private static String kindOf(String body) {
        String json = new JsonPayloadExtractor().extractIfExists(body);
        if (json == null) {
            return "a form with no command or payload (" + body.length() + " characters)";
        }
        try {
            JsonElement type = JsonParser.parseString(json).getAsJsonObject().get("type");
            return type == null
                    ? "a payload with no type"
                    : "payload type \"" + LogSafe.escape(type.isJsonPrimitive() ? type.getAsString() : type.toString())
                            + "\"";
        } catch (RuntimeException e) {
            return "a payload that is not a JSON object";
        }
    }
}
