package dev.skillbot.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.request.SocketModeRequest;
import com.slack.api.bolt.socket_mode.request.SocketModeRequestParser;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.socket_mode.listener.WebSocketMessageListener;
import dev.skillbot.observability.LogSafe;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers each Socket Mode envelope with the Bolt app and acknowledges it on the socket with the
 * answer HTTP mode would send: what Bolt's {@code SocketModeApp} does for the clients it builds
 * itself, and offers no way to do for {@link TrackedSocketModeClient}.
 */
final class SocketModeEnvelopes implements WebSocketMessageListener {

    private static final Logger log = LoggerFactory.getLogger(SocketModeEnvelopes.class);

    private final App app;
    private final SocketModeClient client;
    private final SocketModeRequestParser parser;

    SocketModeEnvelopes(App app, SocketModeClient client) {
        this.app = app;
        this.client = client;
        this.parser = new SocketModeRequestParser(app.config());
    }

    @Override
    public void handle(String message) {
        SocketModeRequest request;
        try {
            request = parser.parse(message);
        } catch (RuntimeException e) {
            refuse(message, e.toString());
            return;
        }
        if (request == null) {
            return; // hello and the like: not an envelope
        }
        String envelopeId = request.getEnvelope().getEnvelopeId();
        Optional<String> eventProblem = SlackEventShape.problem(request.getBoltRequest());
        if (eventProblem.isPresent()) {
            refuse(message, eventProblem.get());
            return;
        }
        try {
            Response response = app.run(request.getBoltRequest());
            if (response.getStatusCode() != 200) {
                log.warn(
                        "Slack Socket Mode: envelope {} answered with status {}; not acknowledged",
                        LogSafe.escape(envelopeId),
                        response.getStatusCode());
                return;
            }
            client.sendSocketModeResponse(ack(envelopeId, response));
        } catch (JsonParseException e) {
            refuse(message, e.toString());
        } catch (Exception e) {
            log.error(
                    "Slack Socket Mode: envelope {} was not answered: {}",
                    LogSafe.escape(envelopeId),
                    LogSafe.escape(e.toString()));
        }
    }

    /**
     * An envelope Bolt cannot read, as HTTP mode answers 400: acknowledged with nothing when its id can be read, so
     * Slack does not deliver it again, and one escaped log line.
     */
    private void refuse(String message, String why) {
        Optional<String> envelopeId = envelopeId(message);
        envelopeId.ifPresent(
                id -> client.sendSocketModeResponse(client.getGson().toJson(Map.of("envelope_id", id))));
        log.warn(
                "Slack Socket Mode: refused envelope {} that Bolt cannot read: {}",
                LogSafe.escape(envelopeId.orElse("(no id)")),
                LogSafe.escape(why));
    }

    private static Optional<String> envelopeId(String message) {
        try {
            JsonElement id = JsonParser.parseString(message).getAsJsonObject().get("envelope_id");
            return id != null && id.isJsonPrimitive() ? Optional.of(id.getAsString()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private String ack(String envelopeId, Response response) {
        Map<String, Object> ack = new LinkedHashMap<>();
        ack.put("envelope_id", envelopeId);
        String body = response.getBody();
        if (body != null) {
            ack.put(
                    "payload",
                    response.getContentType().startsWith("application/json")
                            ? JsonParser.parseString(body)
                            : Map.of("text", body));
        }
        return client.getGson().toJson(ack);
    }
}
