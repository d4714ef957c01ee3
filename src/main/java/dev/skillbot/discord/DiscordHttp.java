package dev.skillbot.discord;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * JDA's HTTP client with explicit time limits. JDA itself waits out rate limits and retries a
 * request that failed on the network or with a 5xx; these limits bound each attempt, where OkHttp's
 * defaults would give a connection 10 s and a whole call no limit. Pool and dispatcher are JDA's
 * own defaults (25 requests per host, 5 idle connections kept 10 s).
 */
final class DiscordHttp {

    static final Duration CONNECT = Duration.ofSeconds(3);
    static final Duration READ_WRITE = Duration.ofSeconds(10);
    static final Duration CALL = Duration.ofSeconds(15);

    private DiscordHttp() {}

    static OkHttpClient.Builder clientBuilder() {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequestsPerHost(25);
        return new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(5, 10, TimeUnit.SECONDS))
                .dispatcher(dispatcher)
                .connectTimeout(CONNECT)
                .readTimeout(READ_WRITE)
                .writeTimeout(READ_WRITE)
                .callTimeout(CALL);
    }
}
