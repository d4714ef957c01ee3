package dev.skillbot.slack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Events API envelopes and the Home tab's options request, shaped as Slack documents them, for {@link SlackRequests}. */
final class SlackEvents {

    private static final String TOKEN = "gIkuvaNzQIHg97ATvDxqgjtO";

    private SlackEvents() {}

    /** {@code app_home_opened} on the Home tab, for {@code user}. */
    static Map<String, Object> homeOpened(String user) {
        Map<String, Object> event = Map.of(
                "type", "app_home_opened",
                "user", user,
                "channel", "D0HOME",
                "tab", "home",
                "event_ts", "1700000000.000100");
        return envelope(event, "Ev0HOME1");
    }

    /** {@code link_shared}: a message posted at {@code ts} in the test channel holding {@code urls}. */
    static Map<String, Object> linkShared(String ts, List<String> urls) {
        Map<String, Object> event = Map.of(
                "type",
                "link_shared",
                "channel",
                SlackRequests.CHANNEL,
                "user",
                SlackRequests.USER,
                "message_ts",
                ts,
                "links",
                urls.stream()
                        .map(url -> Map.of("domain", java.net.URI.create(url).getHost(), "url", url))
                        .toList());
        return envelope(event, "Ev" + ts.replace(".", ""));
    }

    /** {@code block_suggestion}: what a user typed into an external select of the Home tab. */
    static Map<String, Object> blockSuggestion(String actionId, String typed) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", "block_suggestion");
        payload.put("user", Map.of("id", "U0BOB", "username", "bob", "name", "bob", "team_id", SlackRequests.TEAM));
        payload.put("container", Map.of("type", "view", "view_id", "V0HOME"));
        payload.put("api_app_id", "A0APP");
        payload.put("token", TOKEN);
        payload.put("action_id", actionId);
        payload.put("block_id", "search");
        payload.put("value", typed);
        payload.put("team", Map.of("id", SlackRequests.TEAM, "domain", "skillbot-test"));
        payload.put("view", Map.of("id", "V0HOME", "type", "home", "team_id", SlackRequests.TEAM));
        return payload;
    }

    private static Map<String, Object> envelope(Map<String, Object> event, String eventId) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("token", TOKEN);
        envelope.put("team_id", SlackRequests.TEAM);
        envelope.put("api_app_id", "A0APP");
        envelope.put("event", event);
        envelope.put("type", "event_callback");
        envelope.put("event_id", eventId);
        envelope.put("event_time", 1_700_000_000);
        return envelope;
    }
}
