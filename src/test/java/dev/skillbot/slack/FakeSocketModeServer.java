package dev.skillbot.slack;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's side of a Socket Mode connection on the loopback interface: greets each client with
 * {@code hello}, delivers envelopes on demand and records what the client sends back (its acks)
 * and how each connection closed.
 */
final class FakeSocketModeServer extends WebSocketServer {

    /** A connection that closed: its close code, and whether the client closed it (rather than this server). */
    record Closed(int code, boolean byClient) {
    }

    private final List<WebSocket> clients = new CopyOnWriteArrayList<>();
    private final List<Closed> closes = new CopyOnWriteArrayList<>();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicBoolean started = new AtomicBoolean();

    FakeSocketModeServer() {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        setReuseAddr(true);
    }

    boolean started() {
        return started.get();
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/link/?ticket=fake";
    }

    boolean connected() {
        return clients.stream().anyMatch(WebSocket::isOpen);
    }

    void deliver(String envelope) {
        clients.stream().filter(WebSocket::isOpen).forEach(client -> client.send(envelope));
    }

    List<String> received() {
        return received;
    }

    /** The connections that closed, in order. */
    List<Closed> closes() {
        return List.copyOf(closes);
    }

    @Override
    public void onStart() {
        started.set(true);
    }

    @Override
    public void onOpen(WebSocket client, ClientHandshake handshake) {
        clients.add(client);
        client.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\",\"approximate_connection_time\":3600},"
                + "\"connection_info\":{\"app_id\":\"A0APP\"}}");
    }

    @Override
    public void onClose(WebSocket client, int code, String reason, boolean remote) {
        clients.remove(client);
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
}
