package dev.skillbot.slack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds requests the way Slack sends them: form-encoded slash commands and block_actions
 * payloads, signed with {@code v0=} HMAC-SHA256 over {@code v0:timestamp:body}.
 */
final class SlackRequests {

    static final String TEAM = "T0TEST";
    static final String CHANNEL = "C0CHAN";
    static final String USER = "U0ALICE";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI events;
    private final String secret;

    SlackRequests(int port, String secret) {
        this.events = URI.create("http://127.0.0.1:" + port + SlackConfiguration.EVENTS_PATH);
        this.secret = secret;
    }

    static String signature(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signed now with the right secret. */
    HttpResponse<String> post(String body) {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        return post(body, timestamp, signature(secret, timestamp, body));
    }

    /** An Events API request: JSON, signed as Slack signs it. */
    HttpResponse<String> event(Map<String, Object> payload) {
        String body = json(payload);
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        return post(body, timestamp, signature(secret, timestamp, body), "application/json");
    }

    /** Headers exactly as given; {@code null} leaves a header out. */
    HttpResponse<String> post(String body, String timestamp, String signature) {
        return post(body, timestamp, signature, "application/x-www-form-urlencoded");
    }

    HttpResponse<String> post(String body, String timestamp, String signature, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(events)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (timestamp != null) {
            request.header("X-Slack-Request-Timestamp", timestamp);
        }
        if (signature != null) {
            request.header("X-Slack-Signature", signature);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One signed request as raw HTTP/1.1 bytes, for a connection of its own; signed once, valid for 5 minutes. */
    static byte[] rawPost(int port, String secret, String body) {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + SlackConfiguration.EVENTS_PATH + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + bytes.length + "\r\n"
                + "X-Slack-Request-Timestamp: " + timestamp + "\r\n"
                + "X-Slack-Signature: " + signature(secret, timestamp, body) + "\r\n\r\n";
        byte[] request = Arrays.copyOf(head.getBytes(StandardCharsets.US_ASCII), head.length() + bytes.length);
        System.arraycopy(bytes, 0, request, head.length(), bytes.length);
        return request;
    }

    static String slashCommand(String text, String responseUrl) {
        return form(slashCommandFields(text, responseUrl));
    }

    /** The fields of a slash command, as Slack's documentation lists them. */
    static Map<String, String> slashCommandFields(String text, String responseUrl) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("token", "gIkuvaNzQIHg97ATvDxqgjtO");
        fields.put("team_id", TEAM);
        fields.put("team_domain", "skillbot-test");
        fields.put("channel_id", CHANNEL);
        fields.put("channel_name", "general");
        fields.put("user_id", USER);
        fields.put("user_name", "alice");
        fields.put("command", SlackRoutes.COMMAND);
        fields.put("text", text);
        fields.put("api_app_id", "A0APP");
        fields.put("is_enterprise_install", "false");
        fields.put("response_url", responseUrl);
        fields.put("trigger_id", "13345224609.738474920.8088930838d88f008e0");
        return fields;
    }

    /** Any interaction payload (block_actions, view_submission), form-encoded as Slack posts it. */
    static String blockActions(Map<String, Object> payload) {
        return "payload=" + encode(JSON.writeValueAsString(payload));
    }

    /**
     * A block_actions payload from a private (ephemeral) card: Slack sends no {@code message} for
     * those, only the {@code container}.
     */
    static Map<String, Object> privateCardAction(Map<String, Object> action, String responseUrl) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", "block_actions");
        payload.put("user", Map.of("id", USER, "username", "alice", "name", "alice", "team_id", TEAM));
        payload.put("api_app_id", "A0APP");
        payload.put("token", "gIkuvaNzQIHg97ATvDxqgjtO");
        payload.put(
                "container",
                Map.of(
                        "type",
                        "message",
                        "message_ts",
                        "1700000000.000200",
                        "channel_id",
                        CHANNEL,
                        "is_ephemeral",
                        true));
        payload.put("trigger_id", "12466734323.1395872398.6f5ec8c4b0d3c9d05f2e0a8b7a4b0c10");
        payload.put("team", Map.of("id", TEAM, "domain", "skillbot-test"));
        payload.put("is_enterprise_install", false);
        payload.put("channel", Map.of("id", CHANNEL, "name", "general"));
        payload.put("state", Map.of("values", Map.of()));
        payload.put("response_url", responseUrl);
        payload.put("actions", List.of(action));
        return payload;
    }

    /** The same from a visible card, which carries the {@code message} it was clicked on. */
    static Map<String, Object> channelCardAction(Map<String, Object> action, String responseUrl) {
        Map<String, Object> payload = privateCardAction(action, responseUrl);
        payload.put(
                "container",
                Map.of(
                        "type",
                        "message",
                        "message_ts",
                        "1700000000.000300",
                        "channel_id",
                        CHANNEL,
                        "is_ephemeral",
                        false));
        payload.put(
                "message",
                Map.of(
                        "type",
                        "message",
                        "user",
                        "U0BOT",
                        "ts",
                        "1700000000.000300",
                        "bot_id",
                        "B0BOT",
                        "text",
                        "Canary Releases · Senior",
                        "blocks",
                        List.of()));
        return payload;
    }

    /** A block_actions payload from the Home tab of U0BOB: a view container and no response_url. */
    static Map<String, Object> homeAction(Map<String, Object> action) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", "block_actions");
        payload.put("user", Map.of("id", "U0BOB", "username", "bob", "name", "bob", "team_id", TEAM));
        payload.put("api_app_id", "A0APP");
        payload.put("token", "gIkuvaNzQIHg97ATvDxqgjtO");
        payload.put("container", Map.of("type", "view", "view_id", "V0HOME"));
        payload.put("trigger_id", "12466734323.1395872398.6f5ec8c4b0d3c9d05f2e0a8b7a4b0c10");
        payload.put("team", Map.of("id", TEAM, "domain", "skillbot-test"));
        payload.put("view", Map.of("id", "V0HOME", "type", "home", "team_id", TEAM));
        payload.put("actions", List.of(action));
        return payload;
    }

    /** The same payload from another user. */
    static Map<String, Object> as(Map<String, Object> payload, String userId, String username) {
        payload.put("user", Map.of("id", userId, "username", username, "name", username, "team_id", TEAM));
        return payload;
    }

    /** A click on a message the bot posted in {@code channel} with timestamp {@code ts}, such as a review post. */
    static Map<String, Object> postedMessageAction(
            Map<String, Object> action, String responseUrl, String channel, String ts) {
        Map<String, Object> payload = channelCardAction(action, responseUrl);
        payload.put(
                "container", Map.of("type", "message", "message_ts", ts, "channel_id", channel, "is_ephemeral", false));
        payload.put("channel", Map.of("id", channel, "name", "skill-reviews"));
        payload.put(
                "message",
                Map.of(
                        "type", "message", "user", "U0BOT", "ts", ts, "bot_id", "B0BOT", "text", "review", "blocks",
                        List.of()));
        return payload;
    }

    /** A modal submitted: its callback id, private metadata, and the state's values by block id (block id = action id). */
    static Map<String, Object> viewSubmission(
            String callbackId,
            String privateMetadata,
            Map<String, Map<String, Object>> values,
            String userId,
            String username) {
        Map<String, Object> state = new LinkedHashMap<>();
        values.forEach((blockId, value) -> state.put(blockId, Map.of(blockId, value)));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", "view_submission");
        payload.put("team", Map.of("id", TEAM, "domain", "skillbot-test"));
        payload.put("user", Map.of("id", userId, "username", username, "name", username, "team_id", TEAM));
        payload.put("api_app_id", "A0APP");
        payload.put("token", "gIkuvaNzQIHg97ATvDxqgjtO");
        payload.put("trigger_id", "12466734323.1395872398.0b6b5c4a1e8e4f2f9f7e2f1d0c9b8a70");
        payload.put(
                "view",
                Map.of(
                        "id",
                        "V0VIEW",
                        "team_id",
                        TEAM,
                        "type",
                        "modal",
                        "callback_id",
                        callbackId,
                        "private_metadata",
                        privateMetadata,
                        "hash",
                        "1700000002.abcdef",
                        "state",
                        Map.of("values", state)));
        payload.put("response_urls", List.of());
        payload.put("is_enterprise_install", false);
        return payload;
    }

    static Map<String, Object> typed(String text) {
        return Map.of("type", "plain_text_input", "value", text);
    }

    static Map<String, Object> chosen(String value) {
        return Map.of(
                "type",
                "static_select",
                "selected_option",
                Map.of("text", Map.of("type", "plain_text", "text", value), "value", value));
    }

    static Map<String, Object> button(String actionId, String label) {
        return Map.of(
                "type",
                "button",
                "action_id",
                actionId,
                "block_id",
                "nav",
                "text",
                Map.of("type", "plain_text", "text", label, "emoji", true),
                "action_ts",
                "1700000001.000100");
    }

    static Map<String, Object> select(String actionId, String optionLabel, String optionValue) {
        return Map.of(
                "type",
                "static_select",
                "action_id",
                actionId,
                "block_id",
                "pick",
                "selected_option",
                Map.of("text", Map.of("type", "plain_text", "text", optionLabel, "emoji", true), "value", optionValue),
                "placeholder",
                Map.of("type", "plain_text", "text", "Pick", "emoji", true),
                "action_ts",
                "1700000001.000200");
    }

    /**
     * A checkboxes change as Slack sends it: the element's whole {@code selected_options} after the
     * click, each with its text and value.
     */
    static Map<String, Object> checkboxes(String actionId, List<Map<String, String>> selected) {
        return Map.of(
                "type",
                "checkboxes",
                "action_id",
                actionId,
                "block_id",
                "marks",
                "selected_options",
                selected.stream()
                        .map(option -> Map.of(
                                "text",
                                Map.of("type", "plain_text", "text", option.get("text"), "emoji", true),
                                "value",
                                option.get("value")))
                        .toList(),
                "action_ts",
                "1700000001.000300");
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
