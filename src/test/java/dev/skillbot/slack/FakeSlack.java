package dev.skillbot.slack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local Slack on the loopback interface: the Web API methods Skillbot calls ({@code auth.test},
 * {@code apps.connections.open}) and {@code response_url} endpoints under {@code /response/},
 * recording every request it receives.
 */
final class FakeSlack implements AutoCloseable {

    record Received(String path, String body) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<Received> received = new CopyOnWriteArrayList<>();
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

    List<String> bodies(String path) {
        return received.stream().filter(request -> request.path().equals(path)).map(Received::body).toList();
    }

    long calls(String path) {
        return bodies(path).size();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(path, body));
        String answer;
        int status = 200;
        if (path.equals("/api/auth.test")) {
            answer = """
                    {"ok":true,"url":"https://skillbot-test.slack.com/","team":"Skillbot Test","user":"skillbot",\
                    "team_id":"T0TEST","user_id":"U0BOT","bot_id":"B0BOT","is_enterprise_install":false}""";
        } else if (path.equals("/api/apps.connections.open")) {
            answer = "{\"ok\":true,\"url\":\"" + socketModeUrl + "\"}";
        } else if (path.startsWith("/response/")) {
            answer = "ok";
        } else {
            status = 404;
            answer = "{\"ok\":false,\"error\":\"unknown_method\"}";
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.startsWith("{") ? "application/json" : "text/plain");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
