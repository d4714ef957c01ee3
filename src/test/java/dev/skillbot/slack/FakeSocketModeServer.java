package dev.skillbot.slack;

import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.drafts.Draft;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's side of Socket Mode connections on the loopback interface: greets each client with
 * {@code hello}, delivers envelopes on demand and records what the client sends back (its acks),
 * which connections sent a close frame and how each connection closed. Connections are numbered
 * from 1 in the order they opened. A test can ask a client to reconnect ({@code disconnect}), make
 * a connection silent (no pongs, its close frame left unanswered), answer or drop it later, close
 * it from this side and refuse new connections.
 */
final class FakeSocketModeServer extends WebSocketServer {

    /** A connection that closed: its close code, and whether the client closed it (rather than this server). */
    record Closed(int code, boolean byClient) {}

    private final List<WebSocket> connections = new CopyOnWriteArrayList<>();
    private final List<Closed> closes = new CopyOnWriteArrayList<>();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean refusing = new AtomicBoolean();
    private final AtomicInteger refused = new AtomicInteger();
    private final Frames frames;

    FakeSocketModeServer() {
        this(new Frames());
    }

    private FakeSocketModeServer(Frames frames) {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), List.of(new RecordingDraft(frames)));
        this.frames = frames;
        frames.closeAnswered = client -> CompletableFuture.runAsync(() -> flush(client));
        setReuseAddr(true);
    }

    boolean started() {
        return started.get();
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/link/?ticket=fake";
    }

    boolean connected() {
        return connections.stream().anyMatch(WebSocket::isOpen);
    }

    /** How many connections have opened so far. */
    int connectionCount() {
        return connections.size();
    }

    void deliver(String envelope) {
        connections.stream().filter(WebSocket::isOpen).forEach(client -> client.send(envelope));
    }

    /** Slack's routine refresh: asks the client on connection {@code number} to reconnect. */
    void disconnect(int number) {
        send(number, "{\"type\":\"disconnect\",\"reason\":\"refresh_requested\",\"debug_info\":{\"host\":\"fake\"}}");
    }

    /** Sends a message on connection {@code number}, even one whose close frame is left unanswered. */
    void send(int number, String message) {
        WebSocket client = connection(number);
        client.send(message);
        flush(client);
    }

    /** Connection {@code number} stops answering: no pongs, and a close frame from the client is left unanswered. */
    void silence(int number) {
        frames.silenced.add(connection(number));
    }

    /** Answers, late, the close frame a silent connection left unanswered. */
    void answerClose(int number) {
        WebSocket client = connection(number);
        client.close(CloseFrame.NORMAL);
        flush(client);
    }

    /** Ends connection {@code number} without any close frame, as a connection lost on the way. */
    void drop(int number) {
        ((WebSocketImpl) connection(number)).closeConnection(CloseFrame.ABNORMAL_CLOSE, "dropped by the fake");
    }

    /** Closes connection {@code number} from this side, as Slack going away. */
    void goAway(int number) {
        connection(number).close(CloseFrame.GOING_AWAY);
    }

    /** From now on, refuses every new connection at the handshake. */
    void refuseNewConnections() {
        refusing.set(true);
    }

    /** How many connections were refused at the handshake. */
    int refused() {
        return refused.get();
    }

    /** Whether the client sent a close frame on connection {@code number}. */
    boolean closeFrameFrom(int number) {
        return frames.closeFrames.contains(connection(number));
    }

    List<String> received() {
        return received;
    }

    /** The connections that closed, in order. */
    List<Closed> closes() {
        return List.copyOf(closes);
    }

    private WebSocket connection(int number) {
        return connections.get(number - 1);
    }

    /**
     * Waits until what was sent on a connection has been written. Java-WebSocket's server can lose
     * a write demand made while its selector finishes writing the connection's previous frame (it
     * then leaves the frame queued until something else happens), so the demand is repeated.
     */
    private void flush(WebSocket client) {
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(10))
                .until(() -> {
                    if (client.hasBufferedData()) {
                        onWriteDemand(client);
                    }
                    return !client.hasBufferedData();
                });
    }

    @Override
    public void onStart() {
        started.set(true);
    }

    @Override
    public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(
            WebSocket client, Draft draft, ClientHandshake request) throws InvalidDataException {
        if (refusing.get()) {
            refused.incrementAndGet();
            throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, "refused by the fake");
        }
        return super.onWebsocketHandshakeReceivedAsServer(client, draft, request);
    }

    @Override
    public void onOpen(WebSocket client, ClientHandshake handshake) {
        connections.add(client);
        client.send(
                "{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\",\"approximate_connection_time\":3600},"
                        + "\"connection_info\":{\"app_id\":\"A0APP\"}}");
    }

    @Override
    public void onWebsocketPing(WebSocket client, Framedata ping) {
        if (!frames.silenced.contains(client)) {
            super.onWebsocketPing(client, ping);
        }
    }

    @Override
    public void onClose(WebSocket client, int code, String reason, boolean remote) {
        closes.add(new Closed(code, remote));
    }

    @Override
    public void onMessage(WebSocket client, String message) {
        received.add(message);
    }

    @Override
    public void onError(WebSocket client, Exception e) {
        received.add("error: " + e);
    }

    /** What the draft of every connection records and holds back. */
    private static final class Frames {
        final Set<WebSocket> closeFrames = ConcurrentHashMap.newKeySet();
        final Set<WebSocket> silenced = ConcurrentHashMap.newKeySet();
        /**
         * Sees the answer to a client's close frame written: Java-WebSocket queues it on the reading thread, and can
         * lose that write demand like any other (see {@link #flush}), leaving the client to give up after 5 s.
         */
        volatile Consumer<WebSocket> closeAnswered = client -> {};
    }

    /** RFC 6455, recording each close frame a client sends and leaving it unanswered on a silent connection. */
    private static final class RecordingDraft extends Draft_6455 {

        private final Frames frames;

        RecordingDraft(Frames frames) {
            this.frames = frames;
        }

        @Override
        public void processFrame(WebSocketImpl client, Framedata frame) throws InvalidDataException {
            if (frame instanceof CloseFrame) {
                frames.closeFrames.add(client);
                if (frames.silenced.contains(client)) {
                    return;
                }
                super.processFrame(client, frame);
                frames.closeAnswered.accept(client);
                return;
            }
            super.processFrame(client, frame);
        }

        @Override
        public Draft copyInstance() {
            return new RecordingDraft(frames);
        }
    }
}
