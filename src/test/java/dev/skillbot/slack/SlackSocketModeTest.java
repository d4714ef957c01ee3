package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Socket Mode end to end: the fake Web API hands out a local WebSocket address through
 * {@code apps.connections.open}; the fake server delivers envelopes and expects acks on the socket.
 * No signing secret is set, so there is no HTTP endpoint and no placeholder secret.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class SlackSocketModeTest {

    static final FakeSocketModeServer socket = new FakeSocketModeServer();
    static final FakeSlack slack = FakeSlack.start();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    SlackProperties properties;

    @Autowired
    SlackSocketModeRunner runner;

    @Autowired
    SlackPlatformStatus status;

    @DynamicPropertySource
    static void slack(DynamicPropertyRegistry registry) {
        socket.start();
        await().atMost(Duration.ofSeconds(10)).until(socket::started);
        slack.socketModeUrl(socket.url());
        registry.add("skillbot.slack.bot-token", () -> "xoxb-test-token");
        registry.add("skillbot.slack.app-token", () -> "xapp-1-A0APP-1-test");
        registry.add("skillbot.slack.signing-secret", () -> "");
        registry.add("skillbot.slack.api-url", slack::apiUrl);
    }

    /** Disconnects first, so the client does not try to reconnect to fakes that are gone. */
    @AfterAll
    void stopFakes() throws InterruptedException {
        runner.stop();
        socket.stop(1000);
        slack.close();
    }

    @Test
    void slashCommandEnvelopeIsAckedOnTheSocketWithThePrivateCard() {
        await().atMost(Duration.ofSeconds(10)).until(socket::connected);
        assertThat(properties.httpMode()).isFalse();
        await().atMost(Duration.ofSeconds(10)).until(status::connected);
        assertThat(status.detail()).isEqualTo("Socket Mode session open (connection 1)");

        // when
        socket.deliver(envelope(
                "env-command",
                "slash_commands",
                true,
                SlackRequests.slashCommandFields("canary senior", slack.responseUrl("socket-unused"))));

        // then
        JsonNode ack = awaitAck("env-command");
        SlackMessageJson message = SlackMessageJson.parse(ack.path("payload").toString());
        assertThat(message.field("response_type")).isEqualTo("ephemeral");
        assertThat(message.header()).isEqualTo("Canary Releases · Senior");
        assertThat(BlockKitLimits.violations(message.node())).isEmpty();
    }

    @Test
    void buttonEnvelopeIsAckedAndAnsweredThroughTheResponseUrl() {
        await().atMost(Duration.ofSeconds(10)).until(socket::connected);

        // when: a click on a private card, whose payload carries no message
        socket.deliver(envelope(
                "env-click",
                "interactive",
                false,
                SlackRequests.privateCardAction(
                        SlackRequests.button("sb1:show:canary-releases lead", "Lead ▶"),
                        slack.responseUrl("socket-next"))));

        // then
        assertThat(awaitAck("env-click").has("payload")).isFalse();
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("/response/socket-next") == 1);
        SlackMessageJson replaced =
                SlackMessageJson.parse(slack.bodies("/response/socket-next").get(0));
        assertThat(replaced.header()).isEqualTo("Canary Releases · Lead");
        assertThat(replaced.node().path("replace_original").asBoolean()).isTrue();
    }

    /**
     * Envelopes Bolt cannot read (not JSON, a payload of another type, an event whose user is not text) are
     * acknowledged, so Slack does not send them again, with one escaped line each; the session stays open and the
     * next envelope is answered.
     */
    @Test
    void envelopesBoltCannotReadAreAcknowledgedAndTheSessionGoesOn(CapturedOutput output) {
        await().atMost(Duration.ofSeconds(10)).until(socket::connected);
        int connections = socket.connectionCount();
        Map<String, Object> event = new java.util.LinkedHashMap<>(SlackEvents.homeOpened(SlackRequests.USER));
        event.put("event", Map.of("type", "app_home_opened", "user", Map.of(), "tab", "home"));

        socket.deliver("{\"envelope_id\": \"env-broken\n[ERROR] forged\", \"type\": \"events_api\", \"payload\": [");
        socket.deliver(envelope("env-typed", "interactive", false, Map.of("type", Map.of())));
        socket.deliver(envelope("env-user", "events_api", false, event));
        socket.deliver(envelope(
                "env-after",
                "slash_commands",
                true,
                SlackRequests.slashCommandFields("canary senior", slack.responseUrl("socket-unused"))));

        assertThat(awaitAck("env-after").path("payload").toString()).contains("Canary Releases");
        awaitAck("env-typed");
        awaitAck("env-user");
        assertThat(socket.connectionCount()).isEqualTo(connections);
        assertThat(output.getAll()).doesNotContain("\tat ").doesNotContain("\n[ERROR] forged");
    }

    private static String envelope(String id, String type, boolean acceptsResponsePayload, Map<String, ?> payload) {
        return JSON.writeValueAsString(Map.of(
                "envelope_id",
                id,
                "type",
                type,
                "accepts_response_payload",
                acceptsResponsePayload,
                "payload",
                payload));
    }

    private static JsonNode awaitAck(String envelopeId) {
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        socket.received().stream().anyMatch(message -> message.contains("\"" + envelopeId + "\"")));
        return socket.received().stream()
                .filter(message -> message.contains("\"" + envelopeId + "\""))
                .map(JSON::readTree)
                .findFirst()
                .orElseThrow();
    }
}
