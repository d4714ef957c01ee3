package dev.skillbot.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.slack.api.socket_mode.SocketModeClient;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.enums.ReadyState;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.ServerHandshake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket connection of {@link TrackedSocketModeClient}: hands Slack's messages to Bolt's
 * client, and tells {@link SocketModeSessions} about its own {@code hello} and close.
 *
 * <p>It closes with the whole handshake. Java-WebSocket's own {@code close()} stops reading as
 * soon as anything arrives after its close frame (a pong, an envelope) and closes the socket at
 * once, reporting the close code it sent: the peer then sees the close frame and the end of the
 * stream together, and can lose the frame. Here the close frame is sent while the connection keeps
 * reading, and the peer's close frame in reply ends it; if none comes within the bound, the
 * connection is dropped.
 */
final class SocketModeConnection extends WebSocketClient {

    private static final Logger log = LoggerFactory.getLogger(SocketModeConnection.class);

    private final int number;
    private final SocketModeClient client;
    private final SocketModeSessions sessions;
    private final CloseReplyDraft.Handshake handshake;
    private final Duration closeTimeout;
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final Object pongs = new Object();
    private long pongCount;
    private volatile boolean closeRequested;

    /** How a connection ended: its close code, whether this side sent a close frame, and whether the peer's answered it. */
    record Closed(int connection, int code, boolean closeSent, boolean answered) {}

    SocketModeConnection(URI uri, SocketModeClient client, SocketModeSessions sessions, Duration closeTimeout) {
        this(uri, client, sessions, closeTimeout, new CloseReplyDraft.Handshake());
    }

    private SocketModeConnection(
            URI uri,
            SocketModeClient client,
            SocketModeSessions sessions,
            Duration closeTimeout,
            CloseReplyDraft.Handshake handshake) {
        super(uri, new CloseReplyDraft(handshake));
        this.number = sessions.connecting();
        this.client = client;
        this.sessions = sessions;
        this.handshake = handshake;
        this.closeTimeout = closeTimeout;
        setDaemon(true);
    }

    /** Completes once the connection is closed, however that happened. */
    CompletableFuture<Closed> closed() {
        return closed;
    }

    /** Sends a normal close; the peer's close frame ends the connection, or the bound runs out and it is dropped. */
    CompletableFuture<Closed> closeNormally() {
        closeRequested = true;
        if (getReadyState() == ReadyState.OPEN && handshake.closeSent.compareAndSet(false, true)) {
            try {
                sendFrame(new CloseFrame());
            } catch (WebsocketNotConnectedException e) {
                // it closed meanwhile: nothing to send
            }
        }
        CompletableFuture.delayedExecutor(closeTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .execute(this::dropUnlessClosed);
        return closed;
    }

    private void dropUnlessClosed() {
        if (!closed.isDone()) {
            log.warn(
                    "Slack Socket Mode: connection {} got no close reply within {} s; dropping it",
                    number,
                    closeTimeout.toSeconds());
            closeConnection(CloseFrame.ABNORMAL_CLOSE, "no close reply");
        }
    }

    /** Whether the peer answers a ping within {@code wait}; false once closing. */
    boolean answersPing(Duration wait) throws InterruptedException {
        if (!isOpen() || handshake.closeSent.get()) {
            return false;
        }
        synchronized (pongs) {
            long before = pongCount;
            try {
                sendPing();
            } catch (WebsocketNotConnectedException e) {
                return false;
            }
            long deadline = System.nanoTime() + wait.toNanos();
            for (long left = wait.toNanos(); pongCount == before; left = deadline - System.nanoTime()) {
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(pongs, left);
            }
            return true;
        }
    }

    /** After its close frame, a connection sends nothing more: an envelope answered that late stays unacknowledged. */
    @Override
    public void send(String text) {
        if (handshake.closeSent.get()) {
            throw new WebsocketNotConnectedException();
        }
        super.send(text);
    }

    @Override
    public void onOpen(ServerHandshake serverHandshake) {
        if (closeRequested) {
            closeNormally();
        }
    }

    @Override
    public void onMessage(String message) {
        if (handshake.closeSent.get()) {
            return; // it could not be acknowledged on this connection any more
        }
        if (isHello(message)) {
            sessions.hello(number);
        }
        client.enqueueMessage(message);
    }

    @Override
    public void onWebsocketPong(WebSocket connection, Framedata pong) {
        synchronized (pongs) {
            pongCount++;
            pongs.notifyAll();
        }
    }

    @Override
    public void onClose(int code, String reason, boolean remote) {
        closed.complete(new Closed(number, code, handshake.closeSent.get(), handshake.answered));
        sessions.closed(number, code);
        if (code >= CloseFrame.NORMAL) { // as Bolt's own connection: not for one that never connected
            client.runCloseListenersAndAutoReconnectAsNecessary(code, reason);
        }
    }

    @Override
    public void onError(Exception e) {
        log.warn("Slack Socket Mode: connection {}: {}", number, e.toString());
        client.runErrorListeners(e);
    }

    private static boolean isHello(String message) {
        if (!message.contains("hello")) {
            return false;
        }
        try {
            JsonElement type = JsonParser.parseString(message).getAsJsonObject().get("type");
            return type != null && "hello".equals(type.getAsString());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
