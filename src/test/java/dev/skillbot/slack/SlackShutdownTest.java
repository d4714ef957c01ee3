package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.skillbot.testing.Threads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.Environment;

/**
 * Graceful shut-down of the whole application with Slack on: a command in flight when the context
 * starts closing is still answered while new connections are refused; work after an ack finishes
 * before the context is closed; a Socket Mode session is closed normally by Skillbot. What is in
 * flight is held back by the test (in the command's answer, or in the fake's answer to a
 * response_url) and released only once shut-down is seen waiting for it: nothing sleeps.
 */
class SlackShutdownTest {

    private static final String SECRET = "shutdown-test-signing-secret";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final FakeSlack slack = FakeSlack.start();

    @AfterAll
    static void stopFake() {
        slack.close();
    }

    @Test
    void aCommandInFlightIsAnsweredWhileNewConnectionsAreRefused() throws Exception {
        HeldAnswer held = new HeldAnswer();
        try (SlackApp app = SlackApp.http(slack, SECRET, held)) {
            Environment environment = app.context().getEnvironment();
            int port = app.port();
            SlackRequests requests = new SlackRequests(port, SECRET);
            held.holdNext();
            CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(
                    () -> requests.post(SlackRequests.slashCommand("canary senior", slack.responseUrl("unused"))));
            await().atMost(WAIT).until(held::holding);

            // when the context starts closing while the command is being answered
            CompletableFuture<Void> closing = CompletableFuture.runAsync(app::close);

            // then the server stops accepting connections: a new request is refused
            await().atMost(WAIT).until(() -> refused(port));
            assertThatThrownBy(
                            () -> requests.post(SlackRequests.slashCommand("canary lead", slack.responseUrl("unused"))))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasCauseInstanceOf(ConnectException.class);
            assertThat(inFlight).isNotDone();
            assertThat(closing).isNotDone();

            // and the one in flight, once released, gets its card in the ack; then the context finishes closing
            held.release();
            HttpResponse<String> response = inFlight.get(30, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            SlackMessageJson card = SlackMessageJson.parse(response.body());
            assertThat(card.field("response_type")).isEqualTo("ephemeral");
            assertThat(card.header()).isEqualTo("Canary Releases · Senior");
            closing.get(30, TimeUnit.SECONDS);
            assertThat(app.context().isActive()).isFalse();
            assertThat(environment.getProperty("server.shutdown")).isEqualTo("graceful");
            assertThat(environment.getProperty("spring.lifecycle.timeout-per-shutdown-phase", Duration.class))
                    .isEqualTo(Duration.ofSeconds(10));
        }
    }

    @Test
    void workAfterTheAckFinishesBeforeTheContextIsClosed() throws Exception {
        try (SlackApp app = SlackApp.http(slack, SECRET, null)) {
            CountDownLatch slackAnswers = slack.hold("closing-next");
            HttpResponse<String> ack = new SlackRequests(app.port(), SECRET)
                    .post(SlackRequests.blockActions(SlackRequests.privateCardAction(
                            SlackRequests.button("sb1:show:canary-releases lead", "Lead ▶"),
                            slack.responseUrl("closing-next"))));
            assertThat(ack.statusCode()).isEqualTo(200);
            // the card is on its way to the response_url; Slack has not answered yet
            await().atMost(WAIT).until(() -> slack.calls("/response/closing-next") == 1);

            // when the context closes
            Threads.Started closing = Threads.start("closing", app::close);

            // then closing waits for the follow-up, which finishes once Slack answers
            await().atMost(WAIT).until(() -> closing.waitingIn(AfterAckExecutor.class));
            slackAnswers.countDown();
            closing.done().get(30, TimeUnit.SECONDS);
            SlackMessageJson replaced = SlackMessageJson.parse(
                    slack.bodies("/response/closing-next").get(0));
            assertThat(replaced.header()).isEqualTo("Canary Releases · Lead");
            assertThat(replaced.node().path("replace_original").asBoolean()).isTrue();
        }
    }

    @Test
    void aSocketModeSessionIsClosedNormallyBySkillbotWhenTheContextCloses() throws Exception {
        FakeSocketModeServer socket = new FakeSocketModeServer();
        socket.start();
        try {
            await().atMost(WAIT).until(socket::started);
            slack.socketModeUrl(socket.url());
            SlackPlatformStatus status;
            try (SlackApp app = SlackApp.socketMode(slack)) {
                status = app.bean(SlackPlatformStatus.class);
                await().atMost(WAIT).until(socket::connected);
                await().atMost(WAIT).until(status::connected);
            }

            await().atMost(WAIT).until(() -> !socket.closes().isEmpty());
            assertThat(socket.closes()).containsExactly(new FakeSocketModeServer.Closed(1000, true));
            assertThat(socket.connected()).isFalse();
            assertThat(status.connected()).isFalse();
        } finally {
            socket.stop(1000);
        }
    }

    /** Whether a connection to the port is refused: the server no longer accepts connections. */
    private static boolean refused(int port) {
        try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
