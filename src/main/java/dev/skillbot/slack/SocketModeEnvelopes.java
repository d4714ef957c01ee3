package dev.skillbot.slack;

import com.google.gson.JsonParser;
import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.request.SocketModeRequest;
import com.slack.api.bolt.socket_mode.request.SocketModeRequestParser;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.socket_mode.listener.WebSocketMessageListener;
import java.util.LinkedHashMap;
import java.util.Map;
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
        SocketModeRequest request = parser.parse(message);
        if (request == null) {
            return; // hello and the like: not an envelope
        }
        String envelopeId = request.getEnvelope().getEnvelopeId();
        try {
            Response response = app.run(request.getBoltRequest());
            if (response.getStatusCode() != 200) {
                log.warn(
                        "Slack Socket Mode: envelope {} answered with status {}; not acknowledged",
                        envelopeId,
                        response.getStatusCode());
                return;
            }
            client.sendSocketModeResponse(ack(envelopeId, response));
        } catch (Exception e) {
            log.error("Slack Socket Mode: envelope {} was not answered: {}", envelopeId, e.toString());
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
