package dev.skillbot.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import java.util.List;
import java.util.Optional;

/**
 * The fields of an Events API body that Bolt's built-in middleware reads by hand before any handler runs
 * ({@code IgnoringSelfEvents}: the event's {@code user} and {@code bot_id} as strings). Of another JSON type they
 * throw inside Bolt, which would answer 500 with a stack trace; Slack never sends them so, and such a body is
 * refused as malformed instead.
 */
final class SlackEventShape {

    private static final List<String> TEXT_FIELDS = List.of("user", "bot_id");

    private SlackEventShape() {}

    /** What is wrong with an Events API request's event, or empty when Bolt can read it (or it is no event). */
    static Optional<String> problem(Request<?> request) {
        return request.getRequestType() == RequestType.Event
                ? problem(request.getRequestBodyAsString())
                : Optional.empty();
    }

    /** What is wrong with the body's event, or empty when Bolt can read it. */
    static Optional<String> problem(String body) {
        JsonElement root;
        try {
            root = JsonParser.parseString(body);
        } catch (RuntimeException e) {
            return Optional.of("not JSON");
        }
        if (!root.isJsonObject() || !(root.getAsJsonObject().get("event") instanceof JsonObject event)) {
            return Optional.of("no event object");
        }
        for (String field : TEXT_FIELDS) {
            JsonElement value = event.get(field);
            if (value != null
                    && !(value.isJsonPrimitive() && value.getAsJsonPrimitive().isString())) {
                return Optional.of("event." + field + " is not text");
            }
        }
        return Optional.empty();
    }
}
