package dev.skillbot.discord;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running Discord client: a light JDA shard manager without optional gateway intents (JDA always
 * asks for GUILDS, which brings the servers and their channels; interactions need nothing more),
 * running the shards this replica owns, and the workers that answer interactions.
 *
 * <p>Closing it first waits (at most {@link #ANSWERS_TIMEOUT}) until every interaction taken is
 * answered and Discord acknowledged the answer; interactions that arrive meanwhile are still
 * answered, since no other process runs these shards. Only then are the shards shut down: each
 * closes its gateway connection normally (code 1000) once JDA's queued requests are done, which
 * {@code close} waits for at most {@link #GATEWAY_TIMEOUT}.
 */
public final class DiscordBot implements AutoCloseable {

    static final Duration ANSWERS_TIMEOUT = Duration.ofSeconds(10);
    static final Duration GATEWAY_TIMEOUT = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);

    private final DiscordLogin login;
    private final CardResponder responder;

    private DiscordBot(DiscordLogin login, CardResponder responder) {
        this.login = login;
        this.responder = responder;
    }

    static DiscordBot start(DiscordProperties properties, CardResponder responder, Object... listeners) {
        // Nothing Skillbot sends may ping anyone: every message and edit carries an empty parse list.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        // one client for the first question (DiscordReach) and for JDA: its connection to Discord is used again
        OkHttpClient http = DiscordHttp.clientBuilder().build();
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(
                        properties.token(), EnumSet.noneOf(GatewayIntent.class))
                .setCompression(Compression.NONE)
                .setEnableShutdownHook(false)
                // JDA's logging context has both jda.shard and jda.shard.id, which ECS JSON logs cannot nest: every
                // line logged on a JDA thread would be dropped. The thread names carry the shard ("JDA [0 / 1] ...").
                .setContextEnabled(false)
                // keeps each event's payload: member role ids and permissions are read from the interaction itself
                .setEventPassthrough(true)
                .setHttpClient(http)
                .addEventListeners(listeners);
        if (present(properties.apiUrl())) {
            builder.setRestConfig(new RestConfig().setBaseUrl(properties.apiUrl()));
        }
        if (present(properties.gatewayUrl())) {
            builder.setSessionController(new DiscordSessionController(properties.gatewayUrl()));
        }
        boolean shardsGiven = present(properties.shards());
        if (shardsGiven) {
            ShardRange range = ShardRange.parse(properties.shards());
            builder.setShardsTotal(range.total()).setShards(range.ids());
        }
        log.info("Starting Discord ({})", properties);
        DiscordReach reach = new DiscordReach(http, properties.apiUrl(), properties.token());
        try {
            return new DiscordBot(
                    DiscordLogin.start(builder, shardsGiven, reach::ask, properties.loginRetry()), responder);
        } catch (RuntimeException e) {
            responder.close();
            throw e;
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** The running shards, or null while Discord has not been reached since start ({@link DiscordLogin}). */
    public ShardManager shards() {
        return login.shards();
    }

    /** Why there are no shards yet. */
    String waiting() {
        return login.waiting();
    }

    /** Interactions being handled and answers Discord has not acknowledged yet (tests wait until none is left). */
    int answersInFlight() {
        return responder.inFlight();
    }

    @Override
    public void close() {
        login.close();
        ShardManager shards = login.shards();
        if (shards == null) {
            responder.close();
            return;
        }
        try {
            if (!responder.drain(ANSWERS_TIMEOUT)) {
                log.warn(
                        "Discord: {} interaction answers still in flight after {} s; closing anyway",
                        responder.inFlight(),
                        ANSWERS_TIMEOUT.toSeconds());
            }
            List<JDA> running = shards.getShards();
            shards.shutdown();
            awaitShutdown(running);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            shards.shutdown();
        } finally {
            responder.close();
        }
    }

    private static void awaitShutdown(List<JDA> running) throws InterruptedException {
        long deadline = System.nanoTime() + GATEWAY_TIMEOUT.toNanos();
        for (JDA shard : running) {
            long left = Math.max(0, deadline - System.nanoTime());
            if (!shard.awaitShutdown(left, TimeUnit.NANOSECONDS)) {
                log.warn(
                        "Discord shard {} did not shut down within {} s",
                        shard.getShardInfo().getShardId(),
                        GATEWAY_TIMEOUT.toSeconds());
            }
        }
    }
}
