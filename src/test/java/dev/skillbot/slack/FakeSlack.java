package dev.skillbot.slack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local Slack on the loopback interface: the Web API methods Skillbot calls and
 * {@code response_url} endpoints under {@code /response/}, recording every request. Messages
 * posted to a channel land in its history ({@code chat.delete} takes one out); a test can remove channels, fill user groups,
 * script the next answers of a method (a 429 with {@code Retry-After}, a 5xx) and hold back the
 * answers of a method or to a {@code response_url}.
 */
final class FakeSlack implements AutoCloseable {

    static final String BOT_ID = "B0BOT";
    static final String BOT_USER = "U0BOT";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Received(String path, String body) {

        /** A form-encoded body (how the Web API client sends every method) as its fields. */
        Map<String, String> form() {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    fields.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
                }
            }
            return fields;
        }

        private static String decode(String text) {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        }
    }

    /** A scripted answer: status, {@code Retry-After} (or null) and body. */
    record Answer(int status, String retryAfter, String body) {

        static Answer rateLimited(int seconds) {
            return new Answer(429, Integer.toString(seconds), "{\"ok\":false,\"error\":\"ratelimited\"}");
        }

        static Answer serverError(int status) {
            return new Answer(status, null, "{\"ok\":false,\"error\":\"internal_error\"}");
        }
    }

    private final HttpServer server;
    /** Enough threads that held or slow answers never keep the others waiting. */
    private final ExecutorService executor = Executors.newFixedThreadPool(32);

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Queue<Answer>> scripted = new ConcurrentHashMap<>();
    private final Map<String, List<Map<String, Object>>> history = new ConcurrentHashMap<>();
    private final Map<String, List<String>> groups = new ConcurrentHashMap<>();
    private final Set<String> removed = ConcurrentHashMap.newKeySet();
    private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> delayed = new ConcurrentHashMap<>();
    private final AtomicInteger onTheWay = new AtomicInteger();
    private final Map<String, String> homeHashes = new ConcurrentHashMap<>();
    private final AtomicInteger homeViews = new AtomicInteger();
    private final Map<String, String> userLocales = new ConcurrentHashMap<>();
    private final AtomicInteger messages = new AtomicInteger();
    private volatile String socketModeUrl = "";

    private FakeSlack() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static FakeSlack start() {
        return new FakeSlack();
    }

    /** The application in Slack's HTTP mode, verifying with {@code signingSecret}, its Web API this fake. */
    void httpMode(DynamicPropertyRegistry registry, String signingSecret) {
        registry.add("skillbot.slack.bot-token", () -> "xoxb-test-token");
        registry.add("skillbot.slack.signing-secret", () -> signingSecret);
        registry.add("skillbot.slack.api-url", this::apiUrl);
    }

    String apiUrl() {
        return base() + "/api/";
    }

    String responseUrl(String name) {
        return base() + "/response/" + name;
    }

    /** What {@code apps.connections.open} hands out. */
    void socketModeUrl(String url) {
        this.socketModeUrl = url;
    }

    /** The next calls of {@code method} (such as {@code chat.postMessage}) get these answers, in order. */
    void script(String method, Answer... answers) {
        scripted.computeIfAbsent("/api/" + method, key -> new ConcurrentLinkedQueue<>())
                .addAll(List.of(answers));
    }

    /** The next messages to the {@code response_url} named {@code name} get these answers, in order. */
    void scriptResponseUrl(String name, Answer... answers) {
        scripted.computeIfAbsent("/response/" + name, key -> new ConcurrentLinkedQueue<>())
                .addAll(List.of(answers));
    }

    /**
     * Requests to the {@code response_url} named {@code name} are recorded as they arrive, but
     * answered only once the returned latch is counted down (at most 30 s later).
     */
    CountDownLatch hold(String name) {
        return held.computeIfAbsent("/response/" + name, path -> new CountDownLatch(1));
    }

    /**
     * A slow Web API: calls of {@code method} (such as {@code chat.postMessage}) are recorded as they
     * arrive, but answered only once the returned latch is counted down (at most 30 s later).
     */
    CountDownLatch holdMethod(String method) {
        return held.computeIfAbsent("/api/" + method, path -> new CountDownLatch(1));
    }

    /**
     * A slow network: the next call of {@code method} reaches this Slack only once the returned latch is counted down
     * (at most 30 s later), so a call made after it and not delayed is recorded, and applied, first.
     */
    CountDownLatch delayNextArrival(String method) {
        CountDownLatch latch = new CountDownLatch(1);
        delayed.put("/api/" + method, latch);
        return latch;
    }

    /** The hash of the Home view Slack holds for {@code user} (empty before any), as its next click or opening carries. */
    String homeHash(String user) {
        return homeHashes.getOrDefault(user, "");
    }

    /** Another replica of the app published {@code user}'s Home tab: the hash a view seen before carries is stale. */
    void homePublishedElsewhere(String user) {
        homeHashes.put(user, "H" + homeViews.incrementAndGet());
    }

    /** views.publish as Slack does it: with a {@code hash} that is not the current view's, refused with hash_conflict. */
    private Answer publishHome(Map<String, String> form) {
        String user = form.getOrDefault("user_id", "");
        synchronized (homeHashes) {
            String seen = form.get("hash");
            if (seen != null && !seen.equals(homeHashes.get(user))) {
                return error("hash_conflict");
            }
            homePublishedElsewhere(user);
            return ok(Map.of("view", Map.of("id", "V0HOME", "type", "home", "hash", homeHashes.get(user))));
        }
    }

    /** Calls delayed by {@link #delayNextArrival} that have been made and not yet arrived. */
    int onTheWay() {
        return onTheWay.get();
    }

    /** The channel was deleted, or the bot removed from it. */
    void removeChannel(String channel) {
        removed.add(channel);
    }

    /** What {@code users.info} with {@code include_locale} says of this user; anyone else has Slack's default, {@code en-US}. */
    void userLocale(String user, String locale) {
        userLocales.put(user, locale);
    }

    void userGroup(String id, String... users) {
        groups.put(id, List.of(users));
    }

    /** A message another app's bot posted, such as a second Skillbot installation in the same channel. */
    void postedByAnotherBot(String channel, Map<String, Object> metadata) {
        history.computeIfAbsent(channel, key -> new CopyOnWriteArrayList<>())
                .add(Map.of(
                        "type",
                        "message",
                        "ts",
                        nextTs(),
                        "bot_id",
                        "B0OTHER",
                        "text",
                        "Weekly skills digest",
                        "metadata",
                        metadata));
    }

    List<Received> requests(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    List<String> bodies(String path) {
        return requests(path).stream().map(Received::body).toList();
    }

    long calls(String path) {
        return requests(path).size();
    }

    /** The messages that landed in a channel (or a user's direct messages), oldest first. */
    List<Map<String, Object>> posted(String channel) {
        return List.copyOf(history.getOrDefault(channel, List.of()));
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        CountDownLatch late = delayed.remove(path);
        if (late != null) {
            onTheWay.incrementAndGet();
            awaitRelease(late);
            onTheWay.decrementAndGet();
        }
        Received request =
                new Received(path, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        received.add(request);
        awaitRelease(held.get(path));
        Queue<Answer> queue = scripted.get(path);
        Answer next = queue == null ? null : queue.poll();
        Answer answer = next != null
                ? next
                : path.startsWith("/response/") ? new Answer(200, null, "ok") : method(path, request.form());
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .add("Content-Type", answer.body().startsWith("{") ? "application/json" : "text/plain");
        if (answer.retryAfter() != null) {
            exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
        }
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static void awaitRelease(CountDownLatch latch) {
        if (latch == null) {
            return;
        }
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Answer method(String path, Map<String, String> form) {
        String channel = form.getOrDefault("channel", "");
        return switch (path) {
            case "/api/auth.test" ->
                ok(Map.of(
                        "url",
                        "https://skillbot-test.slack.com/",
                        "team",
                        "Skillbot Test",
                        "user",
                        "skillbot",
                        "team_id",
                        "T0TEST",
                        "user_id",
                        BOT_USER,
                        "bot_id",
                        BOT_ID,
                        "is_enterprise_install",
                        false));
            case "/api/apps.connections.open" -> ok(Map.of("url", socketModeUrl));
            case "/api/views.open", "/api/views.update" -> ok(Map.of("view", Map.of("id", "V0VIEW")));
            case "/api/views.publish" -> publishHome(form);
            case "/api/chat.postMessage" ->
                removed.contains(channel) ? error("channel_not_found") : ok(post(channel, form));
            case "/api/chat.update" -> ok(Map.of("channel", channel, "ts", form.getOrDefault("ts", "")));
            case "/api/chat.delete" ->
                history.getOrDefault(channel, List.of())
                                .removeIf(message -> message.get("ts").equals(form.get("ts")))
                        ? ok(Map.of("channel", channel, "ts", form.get("ts")))
                        : error("message_not_found");
            case "/api/chat.unfurl" -> unfurl(form);
            case "/api/chat.postEphemeral" -> ok(Map.of("message_ts", nextTs()));
            case "/api/chat.getPermalink" ->
                ok(Map.of(
                        "channel",
                        channel,
                        "permalink",
                        "https://skillbot-test.slack.com/archives/" + channel + "/p"
                                + form.getOrDefault("message_ts", "").replace(".", "")));
            case "/api/usergroups.users.list" ->
                groups.containsKey(form.get("usergroup"))
                        ? ok(Map.of("users", groups.get(form.get("usergroup"))))
                        : error("no_such_subteam");
            case "/api/users.info" -> ok(Map.of("user", user(form)));
            case "/api/conversations.history" ->
                removed.contains(channel) ? error("channel_not_found") : ok(history(channel, form));
            default -> new Answer(404, null, "{\"ok\":false,\"error\":\"unknown_method\"}");
        };
    }

    /** As Slack: the message (channel and ts) or the composer's unfurl (unfurl_id and source), and unfurls as a JSON object. */
    private static Answer unfurl(Map<String, String> form) {
        boolean target = form.containsKey("channel") && form.containsKey("ts")
                || form.containsKey("unfurl_id") && form.containsKey("source");
        if (!target) {
            return error("invalid_arguments");
        }
        try {
            return JSON.readTree(form.getOrDefault("unfurls", "")).isObject()
                    ? ok(Map.of())
                    : error("invalid_unfurls_format");
        } catch (RuntimeException e) {
            return error("invalid_unfurls_format");
        }
    }

    /** The user object as Slack sends it: {@code locale} only when asked for with {@code include_locale}. */
    private Map<String, Object> user(Map<String, String> form) {
        String id = form.getOrDefault("user", "");
        Map<String, Object> user =
                new LinkedHashMap<>(Map.of("id", id, "team_id", "T0TEST", "name", id.toLowerCase(Locale.ROOT)));
        if (List.of("1", "true").contains(form.getOrDefault("include_locale", "0"))) {
            user.put("locale", userLocales.getOrDefault(id, "en-US"));
        }
        return user;
    }

    private Map<String, Object> post(String channel, Map<String, String> form) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "message");
        message.put("ts", nextTs());
        message.put("user", BOT_USER);
        message.put("bot_id", BOT_ID);
        message.put("text", form.getOrDefault("text", ""));
        message.put("blocks", JSON.readTree(form.getOrDefault("blocks", "[]")));
        if (form.containsKey("metadata")) {
            message.put("metadata", JSON.readTree(form.get("metadata")));
        }
        history.computeIfAbsent(channel, key -> new CopyOnWriteArrayList<>()).add(message);
        return Map.of("channel", channel, "ts", message.get("ts"), "message", message);
    }

    private Map<String, Object> history(String channel, Map<String, String> form) {
        boolean metadata = List.of("1", "true").contains(form.getOrDefault("include_all_metadata", "0"));
        List<Map<String, Object>> newestFirst = new ArrayList<>();
        for (Map<String, Object> message : posted(channel)) {
            Map<String, Object> copy = new LinkedHashMap<>(message);
            if (!metadata) {
                copy.remove("metadata");
            }
            newestFirst.add(0, copy);
        }
        return Map.of("messages", newestFirst, "has_more", false);
    }

    private String nextTs() {
        return String.format("1700000100.%06d", messages.incrementAndGet());
    }

    private static Answer ok(Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ok", true);
        body.putAll(fields);
        return new Answer(200, null, JSON.writeValueAsString(body));
    }

    private static Answer error(String error) {
        return new Answer(200, null, "{\"ok\":false,\"error\":\"" + error + "\"}");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
