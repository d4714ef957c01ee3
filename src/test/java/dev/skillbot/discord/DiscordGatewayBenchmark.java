package dev.skillbot.discord;

import dev.skillbot.SkillbotApplication;
import dev.skillbot.discord.fake.FakeDiscord;
import dev.skillbot.discord.fake.Interactions;
import dev.skillbot.discord.fake.Recorded;
import dev.skillbot.testing.BundledCatalog;
import dev.skillbot.testing.LoadRun;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A load run, not a test: the whole application, configured by {@code DISCORD_TOKEN} and the
 * {@code SKILLBOT_DISCORD_*} variables, runs the real JDA client against the fake Discord on
 * loopback, which dispatches {@code /skill lookup skill:gitops level:senior} as INTERACTION_CREATE
 * through its gateway. Each interaction is timed from its dispatch to the interaction callback
 * JDA posts to the fake REST API. Prints the closed-loop throughput (a fixed number of interactions
 * in flight) and p50/p99 at a fixed rate, counted from each dispatch's scheduled time. Optional
 * arguments: rate (interactions/s), seconds a phase, interactions in flight, seconds of warm-up.
 * Run it as docs/discord.md shows.
 */
public final class DiscordGatewayBenchmark {

    /** An interaction not answered by then counts as unanswered; Discord itself gives up after 3 s. */
    private static final long ANSWER_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(10);

    private static final Map<String, String> OPTIONS = RunningBot.options("skill", "gitops", "level", "senior");

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int inFlight = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        try (FakeDiscord discord = FakeDiscord.start(List.of(Interactions.GUILD_ID), 1);
                ConfigurableApplicationContext context = start(discord)) {
            discord.awaitSessions(1);
            discord.awaitRequest(request -> request.is("PUT", "applications/\\d+/commands"));
            Recorded first = discord.answered(lookup());
            if (first.callbackType() != 4 || !first.data().toString().contains("GitOps Practices")) {
                throw new IllegalStateException("not the GitOps card: " + first.body());
            }
            Callbacks callbacks = new Callbacks();
            discord.take(callbacks::take);
            System.out.printf(
                    Locale.ROOT,
                    "cores %d, %d in flight, %d s a phase after %d s of warm-up%n",
                    Runtime.getRuntime().availableProcessors(),
                    inFlight,
                    seconds,
                    warmUp);

            closedLoop(discord, callbacks, inFlight, warmUp);
            double throughput = closedLoop(discord, callbacks, inFlight, seconds);
            System.out.printf(
                    Locale.ROOT,
                    "throughput: /skill lookup %.0f interactions/s with %d in flight%n",
                    throughput,
                    inFlight);
            callbacks.deferred.reset();
            LongAdder unanswered = new LongAdder();
            long[] sorted = openLoop(discord, callbacks, rate, seconds, unanswered);
            System.out.printf(
                    Locale.ROOT,
                    "latency /skill lookup at %d interactions/s: %d interactions, %d unanswered, %d deferred, %s%n",
                    rate,
                    rate * seconds,
                    unanswered.sum(),
                    callbacks.deferred.sum(),
                    LoadRun.quantiles(sorted));
        }
    }

    /** The application as {@code java -jar} runs it, Discord configured through environment variables. */
    private static ConfigurableApplicationContext start(FakeDiscord discord) {
        TestPropertyValues environment = TestPropertyValues.of(
                "DISCORD_TOKEN=" + FakeDiscord.TOKEN,
                "SKILLBOT_DISCORD_API_URL=" + discord.apiUrl(),
                "SKILLBOT_DISCORD_GATEWAY_URL=" + discord.gatewayUrl(),
                "SKILLBOT_CATALOG_DIR=" + BundledCatalog.DIR);
        return new SpringApplicationBuilder(SkillbotApplication.class)
                .initializers(context ->
                        environment.applyTo(context.getEnvironment(), TestPropertyValues.Type.SYSTEM_ENVIRONMENT))
                .run("--server.port=0", "--logging.level.root=WARN");
    }

    private static DataObject lookup() {
        return Interactions.slash("lookup", OPTIONS);
    }

    /** Each worker dispatches an interaction, waits for its callback, and goes on. Returns interactions a second. */
    private static double closedLoop(FakeDiscord discord, Callbacks callbacks, int inFlight, int seconds)
            throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Long> answered = LoadRun.inParallel(inFlight, worker -> {
            long count = 0;
            while (System.nanoTime() < end && count < 1_000_000) {
                DataObject interaction = lookup();
                CompletableFuture<Long> callback = callbacks.expect(interaction, System.nanoTime());
                discord.dispatch(interaction);
                callback.get(ANSWER_LIMIT_NANOS, TimeUnit.NANOSECONDS);
                count++;
            }
            return count;
        });
        return answered.stream().mapToLong(Long::longValue).sum() / (double) seconds;
    }

    /**
     * Dispatches start on a fixed schedule from one thread; each interaction's latency runs from
     * its scheduled dispatch to its callback. Returns the latencies of the answered ones, sorted.
     */
    private static long[] openLoop(
            FakeDiscord discord, Callbacks callbacks, int rate, int seconds, LongAdder unanswered) throws Exception {
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        int total = rate * seconds;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        List<CompletableFuture<Long>> answers = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            DataObject interaction = lookup();
            long scheduled = start + i * interval;
            LoadRun.parkUntil(scheduled);
            answers.add(callbacks.expect(interaction, scheduled));
            discord.dispatch(interaction);
        }
        long[] latencies = new long[total];
        int n = 0;
        long deadline = System.nanoTime() + ANSWER_LIMIT_NANOS;
        for (CompletableFuture<Long> answer : answers) {
            try {
                latencies[n++] = answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                n--;
                unanswered.increment();
            }
        }
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        return sorted;
    }

    /** Interactions waiting for their callback, by id; the fake REST API hands each callback over as it arrives. */
    private static final class Callbacks {

        private final Map<String, Pending> pending = new ConcurrentHashMap<>();
        private final LongAdder deferred = new LongAdder();

        private record Pending(long startNanos, CompletableFuture<Long> latency) {}

        CompletableFuture<Long> expect(DataObject interaction, long startNanos) {
            Pending waiting = new Pending(startNanos, new CompletableFuture<>());
            pending.put(interaction.getString("id"), waiting);
            return waiting.latency();
        }

        /** Takes {@code POST interactions/{id}/{token}/callback}, completing the interaction's latency. */
        boolean take(Recorded request) {
            long now = System.nanoTime();
            if (!request.method().equals("POST")
                    || !request.path().startsWith("interactions/")
                    || !request.path().endsWith("/callback")) {
                return false;
            }
            Pending waiting = pending.remove(request.path().split("/")[1]);
            if (waiting == null) {
                return false;
            }
            if (request.callbackType() == 5) {
                deferred.increment();
            }
            waiting.latency().complete(now - waiting.startNanos());
            return true;
        }
    }
}
