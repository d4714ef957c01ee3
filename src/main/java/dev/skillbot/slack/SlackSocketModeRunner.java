package dev.skillbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Connects the Bolt app to Slack over Socket Mode once the server is up, and disconnects first
 * at shut-down. {@code apps.connections.open} hands out the WebSocket address; every envelope is
 * acknowledged on the socket with the same answer HTTP mode would give. Stopping closes the
 * session with a normal close and waits, at most {@link #CLOSE_TIMEOUT}, for Slack's side of the
 * closing handshake, so the process does not exit with the close frame unsent.
 */
final class SlackSocketModeRunner implements SmartLifecycle {

    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(SlackSocketModeRunner.class);

    private final App app;
    private final String appToken;
    private final SlackPlatformStatus status;
    private SocketModeApp socketMode;
    private volatile CountDownLatch closed = new CountDownLatch(1);

    SlackSocketModeRunner(App app, String appToken, SlackPlatformStatus status) {
        this.app = app;
        this.appToken = appToken;
        this.status = status;
    }

    @Override
    public synchronized void start() {
        try {
            socketMode = new SocketModeApp(appToken, SocketModeClient.Backend.JavaWebSocket, app);
            socketMode.startAsync();
            SocketModeClient client = socketMode.getClient();
            if (client != null) {
                // open from Slack's hello (or any later message) until the socket closes
                client.addWebSocketMessageListener(message -> status.sessionOpen(true));
                client.addWebSocketCloseListener((code, reason) -> {
                    status.sessionOpen(false);
                    closed.countDown();
                });
            }
            log.info("Slack Socket Mode connecting");
        } catch (Exception e) {
            throw new IllegalStateException("Slack Socket Mode could not start (" + e.getMessage()
                    + "); check SLACK_APP_TOKEN and that the app has Socket Mode enabled", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (socketMode == null) {
            return;
        }
        SocketModeClient client = socketMode.getClient();
        boolean open = client != null && client.verifyConnection();
        closed = new CountDownLatch(1);
        try {
            socketMode.stop();
            if (client != null) {
                client.close();
            }
            if (open && !closed.await(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Slack Socket Mode: the session did not finish closing within {} s", CLOSE_TIMEOUT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("Slack Socket Mode did not close cleanly: {}", e.toString());
        }
        socketMode = null;
        status.sessionOpen(false);
    }

    @Override
    public synchronized boolean isRunning() {
        return socketMode != null;
    }
}
