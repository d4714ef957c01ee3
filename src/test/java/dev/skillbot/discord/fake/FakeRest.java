package dev.skillbot.discord.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * Discord's REST API as far as Skillbot uses it: the bot user, {@code gateway/bot}, global and
 * guild commands (kept, so a second start sees what the first registered), interaction callbacks
 * (replies, edits, modals), webhook follow-ups, channel messages (posted, edited, read back),
 * and direct message channels. A channel marked gone answers 404 Unknown Channel. Every request
 * is recorded.
 */
final class FakeRest implements AutoCloseable {

    static final String PREFIX = "/api/v10/";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fake-discord-rest");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final Map<String, DataArray> commands = new ConcurrentHashMap<>();
    private final Map<String, List<DataObject>> messages = new ConcurrentHashMap<>();
    private final Set<String> goneChannels = ConcurrentHashMap.newKeySet();
    private final Set<String> closedDms = ConcurrentHashMap.newKeySet();
    private final Map<String, String> dmUsers = new ConcurrentHashMap<>();
    /** The message each interaction's answer posted in the channel, by interaction token, as {@code @original} returns it. */
    private final Map<String, DataObject> originals = new ConcurrentHashMap<>();

    private final AtomicLong ids = new AtomicLong(900_000_000_000_000_000L);
    private final Supplier<DataObject> gatewayBot;
    private volatile Predicate<Recorded> taker = request -> false;
    private volatile boolean down;

    FakeRest(Supplier<DataObject> gatewayBot) throws IOException {
        this.gatewayBot = gatewayBot;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(PREFIX, this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX;
    }

    List<Recorded> requests() {
        return List.copyOf(requests);
    }

    /** Commands as Discord would hold them before this start, keyed by "global" or a guild id. */
    void preload(String scope, DataArray registered) {
        commands.put(scope, registered);
    }

    /** Offers every request to {@code taker} as it arrives; a request it takes is answered but not recorded. */
    void take(Predicate<Recorded> taker) {
        this.taker = taker;
    }

    /** From now on, messages to this user's direct message channel are refused, as for a user who accepts none. */
    void refuseDirectMessages(String userId) {
        closedDms.add(userId);
    }

    /** While down, every request is answered 503, as in an outage of Discord's API. */
    void down(boolean down) {
        this.down = down;
    }

    /** From now on, the channel answers as a deleted channel does. */
    void removeChannel(String channelId) {
        goneChannels.add(channelId);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Recorded request = new Recorded(
                exchange.getRequestMethod(), path, exchange.getRequestURI().getQuery(), body);
        if (!taker.test(request)) {
            requests.add(request);
        }
        Object answer = down
                ? new Missing(503, 0, "Service Unavailable")
                : ("Bot " + FakeDiscord.TOKEN)
                                .equals(exchange.getRequestHeaders().getFirst("Authorization"))
                        ? answer(request)
                        : new Missing(401, 0, "401: Unauthorized");
        if (answer == null) {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            return;
        }
        byte[] bytes = answer.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer instanceof Missing missing ? missing.status() : 200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private Object answer(Recorded request) {
        String path = request.path();
        if (request.is("GET", "users/@me")) {
            return FakeDiscord.botUser();
        }
        if (request.is("GET", "gateway/bot")) {
            return gatewayBot.get();
        }
        if (path.matches("applications/\\d+(/guilds/\\d+)?/commands")) {
            String scope = path.contains("/guilds/") ? path.split("/")[3] : "global";
            if (request.method().equals("PUT")) {
                DataArray stored = DataArray.empty();
                request.array().stream(DataArray::getObject)
                        .forEach(command -> stored.add(command.put("id", String.valueOf(ids.incrementAndGet()))
                                .put("application_id", FakeDiscord.APPLICATION_ID)
                                .put("version", String.valueOf(ids.incrementAndGet()))));
                commands.put(scope, stored);
            }
            return commands.getOrDefault(scope, DataArray.empty());
        }
        if (request.is("POST", "interactions/\\d+/[^/]+/callback")) {
            answered(path.split("/")[2], request.json());
            return null;
        }
        if (request.is("GET", "webhooks/\\d+/[^/]+/messages/@original")) {
            DataObject original = originals.get(path.split("/")[2]);
            return original != null ? original : new Missing(404, 10008, "Unknown Message");
        }
        if (request.is("PATCH", "webhooks/\\d+/[^/]+/messages/[^/]+") || request.is("POST", "webhooks/\\d+/[^/]+")) {
            return FakeDiscord.message(
                    String.valueOf(ids.incrementAndGet()), FakeDiscord.CHANNEL_ID, request.json(), 64);
        }
        if (request.is("POST", "users/@me/channels")) {
            String user = request.json().getString("recipient_id");
            String id = String.valueOf(ids.incrementAndGet());
            dmUsers.put(id, user);
            return DataObject.empty()
                    .put("id", id)
                    .put("type", 1)
                    .put("last_message_id", null)
                    .put("recipients", DataArray.empty().add(Interactions.user(user, "user-" + user)));
        }
        if (path.startsWith("channels/")) {
            return channel(request, path.split("/"));
        }
        return new Missing(404, 0, "404: Not Found");
    }

    /** {@code channels/{id}/messages[/{message}]}: post, edit, or read the latest first. */
    private Object channel(Recorded request, String[] path) {
        String channel = path[1];
        if (goneChannels.contains(channel)) {
            return new Missing(404, 10003, "Unknown Channel");
        }
        if (closedDms.contains(dmUsers.getOrDefault(channel, ""))) {
            return new Missing(403, 50007, "Cannot send messages to this user");
        }
        List<DataObject> posted = messages.computeIfAbsent(channel, id -> new CopyOnWriteArrayList<>());
        if (request.is("POST", "channels/\\d+/messages")) {
            DataObject message =
                    FakeDiscord.channelMessage(String.valueOf(ids.incrementAndGet()), channel, request.json());
            posted.add(message);
            return message;
        }
        if (request.is("PATCH", "channels/\\d+/messages/\\d+")) {
            DataObject message = FakeDiscord.channelMessage(path[3], channel, request.json());
            posted.replaceAll(old -> old.getString("id").equals(path[3]) ? message : old);
            return message;
        }
        if (request.is("DELETE", "channels/\\d+/messages/\\d+")) {
            return posted.removeIf(old -> old.getString("id").equals(path[3]))
                    ? null
                    : new Missing(404, 10008, "Unknown Message");
        }
        if (request.is("GET", "channels/\\d+/messages")) {
            DataArray latestFirst = DataArray.empty();
            for (int i = posted.size() - 1; i >= 0; i--) {
                latestFirst.add(posted.get(i));
            }
            return latestFirst;
        }
        return new Missing(404, 0, "404: Not Found");
    }

    /**
     * An interaction answered with a message for the channel (type 4, not ephemeral) or a deferral of one (type 5):
     * the message is posted in the fake's channel, where {@code @original} finds it and the bot can delete it.
     */
    private void answered(String token, DataObject callback) {
        int type = callback.getInt("type", 0);
        DataObject data = callback.optObject("data").orElseGet(DataObject::empty);
        if ((type == 4 || type == 5) && (data.getInt("flags", 0) & 64) == 0) {
            DataObject message =
                    FakeDiscord.channelMessage(String.valueOf(ids.incrementAndGet()), FakeDiscord.CHANNEL_ID, data);
            messages.computeIfAbsent(FakeDiscord.CHANNEL_ID, id -> new CopyOnWriteArrayList<>())
                    .add(message);
            originals.put(token, message);
        }
    }

    /** An error in Discord's shape. */
    private record Missing(int status, int code, String message) {
        @Override
        public String toString() {
            return DataObject.empty().put("message", message).put("code", code).toString();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
