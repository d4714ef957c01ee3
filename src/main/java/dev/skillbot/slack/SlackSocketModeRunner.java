package dev.skillbot.slack;

import com.slack.api.bolt.App;
import dev.skillbot.concurrent.Retries;
import java.io.IOException;
import java.net.URISyntaxException;
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
 *
 * <p>When Slack cannot be reached at start ({@code apps.connections.open} fails or does not answer), Skillbot starts
 * without Slack and asks again after {@code firstRetry}, doubling up to 5 minutes; an app token Slack refuses stops
 * start-up, as before.
 */
final class SlackSocketModeRunner implements SmartLifecycle {

    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
    static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    static final Duration LONGEST_RETRY = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(SlackSocketModeRunner.class);

    private final App app;
    private final String appToken;
    private final SocketModeSessions sessions;
    private final Duration closeTimeout;
    private final Duration firstRetry;
    private TrackedSocketModeClient client;
    private Retries retries;

    SlackSocketModeRunner(
            App app, String appToken, SocketModeSessions sessions, Duration closeTimeout, Duration firstRetry) {
        this.app = app;
        this.appToken = appToken;
        this.sessions = sessions;
        this.closeTimeout = closeTimeout;
        this.firstRetry = firstRetry;
    }

    @Override
    public synchronized void start() {
        try {
            client = new TrackedSocketModeClient(app.slack(), appToken, sessions, closeTimeout);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        client.addWebSocketMessageListener(new SocketModeEnvelopes(app, client));
        retries = new Retries("slack-socket-mode-start", firstRetry, LONGEST_RETRY);
        connect(true);
    }

    private synchronized void connect(boolean atStart) {
        if (client == null) {
            return; // stopped meanwhile
        }
        try {
            client.connectToNewEndpoint();
            client.setAutoReconnectEnabled(true);
            log.info("Slack Socket Mode connecting");
        } catch (IOException e) {
            Duration wait = retries.failed(() -> connect(false));
            log.warn(
                    "Slack Socket Mode could not be reached ({}); the web catalog and Discord run without it. Trying"
                            + " again in {}",
                    String.valueOf(e.getMessage()).replaceAll("[\\r\\n]+", " "),
                    Retries.shown(wait));
        } catch (RuntimeException e) {
            String line = "Slack Socket Mode could not start (" + e.getMessage()
                    + "); check SLACK_APP_TOKEN and that the app has Socket Mode enabled";
            if (!atStart) {
                log.error("{}. No more tries until Skillbot is restarted.", line);
                return;
            }
            retries.close();
            client.shutDown();
            client = null;
            throw new IllegalStateException(line, e);
        }
    }

    @Override
    public synchronized void stop() {
        if (client == null) {
            return;
        }
        retries.close();
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
