package dev.skillbot.discord.fake;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's gateway, JSON without compression: HELLO on connect, READY (then GUILD_CREATE for the
 * guilds of that shard) in answer to IDENTIFY, heartbeat acks, and dispatches to the session that
 * identified for a given shard.
 */
final class FakeGateway extends WebSocketServer {

    /** A session that identified: its shard and its own dispatch sequence. */
    record Session(WebSocket socket, int shard, int total, AtomicInteger sequence) {}

    private final CountDownLatch started = new CountDownLatch(1);
    private final Map<WebSocket, Session> sessions = new ConcurrentHashMap<>();
    private final List<int[]> identified = new CopyOnWriteArrayList<>();
    private final List<FakeDiscord.GatewayClose> closes = new CopyOnWriteArrayList<>();
    private final Function<Session, List<DataObject>> guildsOf;
    private final Supplier<List<Recorded>> restRequests;
    private final ScheduledExecutorService writes = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fake-gateway-writes");
        thread.setDaemon(true);
        return thread;
    });

    /** {@code restRequests} tells what the REST API had received when a connection closes. */
    FakeGateway(Function<Session, List<DataObject>> guildsOf, Supplier<List<Recorded>> restRequests) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.guildsOf = guildsOf;
        this.restRequests = restRequests;
        setReuseAddr(true);
        setTcpNoDelay(true);
        setDaemon(true);
    }

    FakeGateway startAndWait() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the fake gateway did not start");
        }
        return this;
    }

    String url() {
        return "ws://127.0.0.1:" + getPort();
    }

    /** Shard and total of every IDENTIFY received, in order. */
    List<int[]> identified() {
        return List.copyOf(identified);
    }

    /** Every connection of a session that closed, in order. */
    List<FakeDiscord.GatewayClose> closes() {
        return List.copyOf(closes);
    }

    List<Session> sessions() {
        return List.copyOf(sessions.values());
    }

    Optional<Session> sessionFor(int shard) {
        return sessions.values().stream()
                .filter(session -> session.shard() == shard && session.socket().isOpen())
                .findFirst();
    }

    /** Sends a dispatch; from several threads at once, they go out in sequence order. */
    void dispatch(Session session, String type, DataObject data) {
        synchronized (session) {
            send(
                    session.socket(),
                    DataObject.empty()
                            .put("op", 0)
                            .put("t", type)
                            .put("s", session.sequence().incrementAndGet())
                            .put("d", data)
                            .toString());
        }
    }

    /**
     * Sends a frame and makes sure it is written. Java-WebSocket's server can lose a write demand made
     * while its selector finishes writing the connection's previous frame, and then leaves the frame
     * queued until something else happens on the connection (a HELLO or READY stuck so, and JDA waits
     * for ever). So the demand is repeated, from a thread of the fake's own, until the buffer is empty.
     */
    private void send(WebSocket socket, String frame) {
        socket.send(frame);
        writes.schedule(() -> ensureWritten(socket, 250), 10, TimeUnit.MILLISECONDS);
    }

    private void ensureWritten(WebSocket socket, int checksLeft) {
        if (socket.isOpen() && socket.hasBufferedData() && checksLeft > 0) {
            onWriteDemand(socket);
            writes.schedule(() -> ensureWritten(socket, checksLeft - 1), 20, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
        send(
                socket,
                DataObject.empty()
                        .put("op", 10)
                        .put("d", DataObject.empty().put("heartbeat_interval", 41_250))
                        .toString());
    }

    @Override
    public void onMessage(WebSocket socket, String message) {
        DataObject payload = DataObject.fromJson(message);
        switch (payload.getInt("op")) {
            case 1 -> send(socket, "{\"op\":11}");
            case 2 -> identify(socket, payload.getObject("d"));
            default -> {}
        }
    }

    private void identify(WebSocket socket, DataObject identify) {
        DataArray shard = identify.optArray("shard")
                .orElseGet(() -> DataArray.empty().add(0).add(1));
        Session session = new Session(socket, shard.getInt(0), shard.getInt(1), new AtomicInteger());
        List<DataObject> guilds = guildsOf.apply(session);
        DataArray unavailable = DataArray.empty();
        guilds.forEach(guild -> unavailable.add(
                DataObject.empty().put("id", guild.getString("id")).put("unavailable", true)));
        DataObject ready = DataObject.empty()
                .put("v", 10)
                .put("user", FakeDiscord.botUser())
                .put("guilds", unavailable)
                .put("session_id", "session-" + session.shard())
                .put("resume_gateway_url", url())
                .put("shard", DataArray.empty().add(session.shard()).add(session.total()))
                .put(
                        "application",
                        DataObject.empty().put("id", FakeDiscord.APPLICATION_ID).put("flags", 0))
                .put("private_channels", DataArray.empty());
        sessions.put(socket, session);
        identified.add(new int[] {session.shard(), session.total()});
        dispatch(session, "READY", ready);
        guilds.forEach(guild -> dispatch(session, "GUILD_CREATE", guild));
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {
        Session session = sessions.remove(socket);
        if (session != null) {
            closes.add(new FakeDiscord.GatewayClose(session.shard(), code, remote, restRequests.get()));
        }
    }

    @Override
    public void onError(WebSocket socket, Exception error) {
        // a client going away is not a test failure; the tests assert on what was received
    }

    @Override
    public void onStart() {
        started.countDown();
    }
}
