package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import dev.skillbot.observability.PlatformsHealthIndicator;
import dev.skillbot.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Socket Mode connections coming and going, through Bolt's client against the fake Socket Mode
 * server, with health read as readiness reads it. The fake decides when each connection answers,
 * and the clock only moves when a test moves it: nothing waits for time to pass.
 */
@ExtendWith(OutputCaptureExtension.class)
class SlackSocketModeSessionTest {

    private static final Duration GRACE = Duration.ofSeconds(30);
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration RETRY = Duration.ofMillis(20);
    private static final String ENVELOPE =
            "{\"type\":\"events_api\",\"envelope_id\":\"env-late\",\"accepts_response_payload\":false,"
                    + "\"payload\":{\"type\":\"event_callback\",\"event\":{\"type\":\"app_mention\"}}}";

    private final FakeSlack slack = FakeSlack.start();
    private final FakeSocketModeServer socket = new FakeSocketModeServer();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final SocketModeSessions sessions = new SocketModeSessions(clock, GRACE);
    private final SlackPlatformStatus status = new SlackPlatformStatus(sessions);
    private final PlatformsHealthIndicator health = new PlatformsHealthIndicator(List.of(status));
    private Slack slackClient;
    private App app;
    private SlackSocketModeRunner runner;

    @BeforeEach
    void startFakes() {
        socket.start();
        await().atMost(WAIT).until(socket::started);
        slack.socketModeUrl(socket.url());
        slackClient = new SlackMessagingConfiguration()
                .slackClient(new SlackProperties(
                        SlackApp.BOT_TOKEN, "", SlackApp.APP_TOKEN, slack.apiUrl(), "en", GRACE, null));
        app = new App(AppConfig.builder()
                .slack(slackClient)
                .singleTeamBotToken(SlackApp.BOT_TOKEN)
                .requestVerificationEnabled(false)
                .build());
        status.started(true);
        runner = new SlackSocketModeRunner(
                app, SlackApp.APP_TOKEN, sessions, SlackSocketModeRunner.CLOSE_TIMEOUT, RETRY);
    }

    @AfterEach
    void stopFakes() throws Exception {
        runner.stop();
        socket.stop(1000);
        slack.close();
        slackClient.close();
    }

    @Test
    void aRefreshWhoseOldConnectionClosesAfterTheNewHelloLeavesSlackUp(CapturedOutput output) {
        refreshWhileTheOldConnectionIsSilent();

        // when the old connection's close comes after the new connection's hello
        socket.answerClose(1);

        // then it changes nothing, however long it is since
        await().atMost(WAIT)
                .until(() -> output.getAll().contains("connection 1 closed (1000); connection 2 is the current one"));
        clock.advance(GRACE.plusSeconds(1));
        assertHealth(Status.UP, "connected: Socket Mode session open (connection 2)");
    }

    @Test
    void anOldConnectionThatFallsSilentAndIsDroppedLaterLeavesSlackUp(CapturedOutput output) {
        refreshWhileTheOldConnectionIsSilent();

        // when the old connection, which answers neither pings nor the close, is dropped after the new connection's
        // hello
        socket.drop(1);

        // then
        await().atMost(WAIT)
                .until(() -> output.getAll().contains("connection 1 closed (1006); connection 2 is the current one"));
        clock.advance(GRACE.plusSeconds(1));
        assertHealth(Status.UP, "connected: Socket Mode session open (connection 2)");
    }

    @Test
    void noSessionForLongerThanTheGracePeriodTakesReadinessDownWithTheReason() {
        runner.start();
        awaitSessionOpenOn(1);

        // when Slack closes the session and takes no new connection
        socket.refuseNewConnections();
        socket.goAway(1);

        // then Slack counts as connected for the grace period, and not after it
        await().atMost(WAIT).until(() -> !status.detail().startsWith("Socket Mode session open"));
        assertHealth(
                Status.UP, "connected: Socket Mode reconnecting: no Socket Mode session open for 0 s (grace 30 s)");
        clock.advance(GRACE);
        assertHealth(
                Status.UP, "connected: Socket Mode reconnecting: no Socket Mode session open for 30 s (grace 30 s)");
        clock.advance(Duration.ofSeconds(1));
        assertHealth(Status.DOWN, "not connected: no Socket Mode session open for 31 s (grace 30 s)");
    }

    /** Slack's Web API down at start: the runner starts, asks again in the background, and connects once it answers. */
    @Test
    void aSocketModeAddressNotHandedOutAtStartIsAskedForAgain() {
        slack.script("apps.connections.open", FakeSlack.Answer.serverError(503), FakeSlack.Answer.serverError(503));

        runner.start();

        awaitSessionOpenOn(1);
        assertThat(slack.calls("/api/apps.connections.open")).isEqualTo(3);
        assertHealth(Status.UP, "connected: Socket Mode session open (connection 1)");
    }

    /** An app token Slack refuses stops start-up, naming the variable. */
    @Test
    void anAppTokenSlackRefusesStopsStartUp() {
        slack.script(
                "apps.connections.open", new FakeSlack.Answer(200, null, "{\"ok\":false,\"error\":\"invalid_auth\"}"));

        assertThatThrownBy(runner::start)
                .hasMessageStartingWith("Slack Socket Mode could not start (")
                .hasMessageContaining("SLACK_APP_TOKEN");
        assertThat(runner.isRunning()).isFalse();
    }

    @Test
    void untilTheFirstSessionOpensSlackIsNotConnected() {
        socket.refuseNewConnections();

        runner.start();

        await().atMost(WAIT).until(() -> socket.refused() == 1);
        assertHealth(Status.DOWN, "not connected: Socket Mode connecting for 0 s");
        clock.advance(GRACE.plusSeconds(1));
        assertHealth(Status.DOWN, "not connected: Socket Mode connecting for 31 s");
    }

    @Test
    void everyShutDownWaitsForThePeersCloseFrame(CapturedOutput output) {
        for (int connection = 1; connection <= 20; connection++) {
            SlackSocketModeRunner each = new SlackSocketModeRunner(
                    app, SlackApp.APP_TOKEN, sessions, SlackSocketModeRunner.CLOSE_TIMEOUT, RETRY);
            each.start();
            awaitSessionOpenOn(connection);

            each.stop();

            assertThat(socket.closeFrameFrom(connection))
                    .as("close frame received on connection %s", connection)
                    .isTrue();
            assertThat(output.getAll()).contains(answered(connection));
            assertThat(status.detail()).isEqualTo("Socket Mode session closed");
        }
    }

    /** Java-WebSocket's own close gives up on the handshake when anything but the peer's close frame arrives first. */
    @Test
    void aMessageThatArrivesBeforeThePeersCloseFrameDoesNotCutTheHandshakeShort(CapturedOutput output) {
        runner.start();
        awaitSessionOpenOn(1);
        socket.silence(1);
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(runner::stop);
        await().atMost(WAIT).until(() -> socket.closeFrameFrom(1));

        // when an envelope sent before Slack saw the close frame comes first, then Slack's close frame
        socket.send(1, ENVELOPE);
        socket.answerClose(1);

        // then the client waited for the close frame
        await().atMost(WAIT).until(stopping::isDone);
        assertThat(output.getAll()).contains(answered(1));
    }

    @Test
    void aPeerThatNeverAnswersTheCloseIsDroppedOnceTheBoundRunsOut(CapturedOutput output) {
        runner = new SlackSocketModeRunner(app, SlackApp.APP_TOKEN, sessions, Duration.ofSeconds(1), RETRY);
        runner.start();
        awaitSessionOpenOn(1);
        socket.silence(1);

        runner.stop();

        assertThat(socket.closeFrameFrom(1)).isTrue();
        assertThat(output.getAll()).contains("connection 1 got no close reply within 1 s; dropping it");
        await().atMost(WAIT).until(() -> socket.closes().size() == 1);
        assertThat(socket.connected()).isFalse();
    }

    /** Slack asks for a refresh; the new connection says hello while the old one leaves the client's close frame unanswered. */
    private void refreshWhileTheOldConnectionIsSilent() {
        runner.start();
        awaitSessionOpenOn(1);
        socket.silence(1);
        socket.disconnect(1);
        awaitSessionOpenOn(2);
        await().atMost(WAIT).until(() -> socket.closeFrameFrom(1));
    }

    private static String answered(int connection) {
        return "connection " + connection + " closed normally, Slack answered the close";
    }

    private void awaitSessionOpenOn(int connection) {
        await().atMost(WAIT)
                .until(() -> status.detail().equals("Socket Mode session open (connection " + connection + ")"));
    }

    private void assertHealth(Status expected, String slackDetail) {
        Health readiness = health.health();
        assertThat(readiness.getDetails()).containsEntry("Slack", slackDetail);
        assertThat(readiness.getStatus()).isEqualTo(expected);
    }
}
