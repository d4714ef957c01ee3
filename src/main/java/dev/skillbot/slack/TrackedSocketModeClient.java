package dev.skillbot.slack;

import com.google.gson.JsonParseException;
import com.slack.api.Slack;
import com.slack.api.socket_mode.impl.SocketModeClientJavaWSImpl;
import com.slack.api.socket_mode.queue.impl.ConcurrentLinkedMessageQueue;
import dev.skillbot.observability.LogSafe;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.framing.CloseFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's Java-WebSocket Socket Mode client (its message queue and workers, its handling of
 * {@code disconnect}, its session monitor, its listeners) over {@link SocketModeConnection}s.
 * Bolt's own connection class is hidden inside its client, so nothing can tell which connection
 * a {@code hello} or a close came from, or close one with the whole handshake; this client keeps
 * its connections where it can. Like Bolt's, it opens a new connection when Slack sends
 * {@code disconnect} or the current one stops answering pings, then closes the one it replaced.
 */
final class TrackedSocketModeClient extends SocketModeClientJavaWSImpl {

    /** The address Bolt's constructor builds its own connection with; that connection is never opened. */
    private static final String UNUSED_ADDRESS = "wss://localhost/unused";
    /** How long Bolt's client waits for a pong before it reconnects. */
    private static final Duration PING_WAIT = Duration.ofSeconds(3);

    private static final long RETRY_MILLIS = 10_000L;
    private static final Logger log = LoggerFactory.getLogger(TrackedSocketModeClient.class);

    private final SocketModeSessions sessions;
    private final Duration closeTimeout;
    private SocketModeConnection current;
    private boolean shutDown;

    TrackedSocketModeClient(Slack slack, String appToken, SocketModeSessions sessions, Duration closeTimeout)
            throws URISyntaxException {
        super(
                slack,
                appToken,
                UNUSED_ADDRESS,
                DEFAULT_MESSAGE_PROCESSOR_CONCURRENCY,
                new ConcurrentLinkedMessageQueue(),
                false,
                true,
                DEFAULT_SESSION_MONITOR_INTERVAL_MILLISECONDS);
        this.sessions = sessions;
        this.closeTimeout = closeTimeout;
    }

    /** Asks Slack for a new address ({@code apps.connections.open}) and connects there. */
    @Override
    public void connectToNewEndpoint() throws IOException {
        try {
            URI uri = new URI(getSlack().issueSocketModeUrl(getAppToken()));
            setWssUri(uri);
            open(uri);
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void connect() {
        open(getWssUri());
    }

    /**
     * Bolt's reading of a message before any listener, whose failure on a message that is not JSON, or whose
     * {@code type} is not text, its worker logs at ERROR with the stack trace: one escaped line instead.
     */
    @Override
    public void processMessage(String message) throws IOException {
        try {
            super.processMessage(message);
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            log.warn("Slack Socket Mode: ignored a message that is not an envelope: {}", LogSafe.escape(e.toString()));
        }
    }

    private void open(URI uri) {
        SocketModeConnection replaced;
        synchronized (this) {
            if (shutDown) {
                return;
            }
            replaced = current;
            current = new SocketModeConnection(uri, this, sessions, closeTimeout);
            current.connect();
        }
        if (replaced != null) {
            replaced.closeNormally();
        }
    }

    @Override
    public void disconnect() {
        setAutoReconnectEnabled(false);
        SocketModeConnection connection = current();
        if (connection != null) {
            connection.closeNormally();
        }
    }

    /**
     * Closes for good, as Bolt's {@code close()} does, and never reconnects after; completes once
     * the peer answered the last connection's close frame, or that connection was dropped.
     */
    CompletableFuture<SocketModeConnection.Closed> shutDown() {
        SocketModeConnection last;
        synchronized (this) {
            shutDown = true;
            last = current;
        }
        try {
            close();
        } catch (IOException e) {
            log.warn("Slack Socket Mode did not close cleanly: {}", e.toString());
        }
        return last == null
                ? CompletableFuture.completedFuture(
                        new SocketModeConnection.Closed(0, CloseFrame.NEVER_CONNECTED, false, false))
                : last.closed();
    }

    @Override
    public boolean verifyConnection() {
        SocketModeConnection connection = current();
        try {
            return connection != null && connection.answersPing(PING_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Bolt's session monitor calls this every few seconds; unlike Bolt's, it survives any failure to reconnect. */
    @Override
    public long maintainCurrentSession() {
        if (isAutoReconnectEnabled() && !verifyConnection()) {
            try {
                connectToNewEndpoint();
            } catch (IOException | RuntimeException e) {
                log.warn(
                        "Slack Socket Mode could not reconnect ({}); trying again in {} s",
                        e.getMessage(),
                        RETRY_MILLIS / 1000);
                return System.currentTimeMillis() + RETRY_MILLIS;
            }
        }
        return System.currentTimeMillis();
    }

    @Override
    public void sendWebSocketMessage(String message) {
        SocketModeConnection connection = current();
        if (connection == null) {
            throw new WebsocketNotConnectedException();
        }
        connection.send(message);
    }

    private synchronized SocketModeConnection current() {
        return current;
    }
}
