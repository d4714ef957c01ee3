package dev.skillbot.slack;

import com.slack.api.bolt.App;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Connects the Bolt app to Slack over Socket Mode once the server is up, and disconnects first
 * at shut-down. {@code apps.connections.open} hands out the WebSocket address; every envelope is
 * acknowledged on the socket with the same answer HTTP mode would give. Stopping sends a normal
 * close and returns once Slack's close frame answered it, or after {@link #CLOSE_TIMEOUT}, when the
 * connection is dropped: the process never exits with the closing handshake half done.
 */
final class SlackSocketModeRunner implements SmartLifecycle {

    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(SlackSocketModeRunner.class);

    private final App app;
    private final String appToken;
    private final SocketModeSessions sessions;
    private final Duration closeTimeout;
    private TrackedSocketModeClient client;

    SlackSocketModeRunner(App app, String appToken, SocketModeSessions sessions, Duration closeTimeout) {
        this.app = app;
        this.appToken = appToken;
        this.sessions = sessions;
        this.closeTimeout = closeTimeout;
    }

    @Override
    public synchronized void start() {
        try {
            client = new TrackedSocketModeClient(app.slack(), appToken, sessions, closeTimeout);
            client.addWebSocketMessageListener(new SocketModeEnvelopes(app, client));
            client.connectToNewEndpoint();
            client.setAutoReconnectEnabled(true);
            log.info("Slack Socket Mode connecting");
        } catch (Exception e) {
            if (client != null) {
                client.shutDown();
                client = null;
            }
            throw new IllegalStateException(
                    "Slack Socket Mode could not start (" + e.getMessage()
                            + "); check SLACK_APP_TOKEN and that the app has Socket Mode enabled",
                    e);
        }
    }

    @Override
    public synchronized void stop() {
        if (client == null) {
            return;
        }
        sessions.stopped();
        try {
            // the connection drops itself once closeTimeout runs out; the extra second only guards against a hang
            report(client.shutDown().get(closeTimeout.plusSeconds(1).toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException | ExecutionException e) {
            log.warn("Slack Socket Mode: the session did not finish closing within {} s", closeTimeout.toSeconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        client = null;
    }

    private static void report(SocketModeConnection.Closed closed) {
        if (closed.answered()) {
            log.info("Slack Socket Mode: connection {} closed normally, Slack answered the close", closed.connection());
        } else if (closed.closeSent()) {
            log.warn(
                    "Slack Socket Mode: connection {} closed ({}) without Slack's answer to the close",
                    closed.connection(),
                    closed.code());
        } else {
            log.info("Slack Socket Mode: connection {} had closed already ({})", closed.connection(), closed.code());
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return client != null;
    }
}
