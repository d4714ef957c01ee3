package dev.skillbot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import com.slack.api.bolt.App;
import com.sun.management.OperatingSystemMXBean;
import dev.skillbot.SkillbotApplication;
import dev.skillbot.card.RenderedCards;
import dev.skillbot.command.CommandService;
import dev.skillbot.testing.BundledCatalog;
import dev.skillbot.testing.LoadRun;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A load run, not a test: signed {@code /skill gitops senior} over HTTP against a no-op command
 * registered only here, on loopback, bounded in count and time. Prints the closed-loop throughput
 * ratio and the latency (p50/p99, measured from each request's scheduled start) at a fixed rate.
 * Run it as docs/slack.md shows; optional arguments: rate (req/s), seconds per phase, workers,
 * seconds of warm-up (the JIT needs them on a busy machine).
 */
public final class SlackHttpBenchmark {

    private static final String SECRET = "bench-signing-secret";
    private static final int PAIRS = 5;
    private static final OperatingSystemMXBean PROCESS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.ThreadMXBean ALLOCATION = (com.sun.management.ThreadMXBean) THREADS;

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int workers = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        try (FakeSlack slack = FakeSlack.start();
                // The bundled catalog, named: the test class path's config/application.yml serves the fixture catalog,
                // where "gitops senior" is a 323-byte "No skill matches" instead of the card (and so is most of the
                // mix).
                ConfigurableApplicationContext context =
                        server(slack, SECRET, "--skillbot.catalog.dir=" + BundledCatalog.DIR)) {
            context.getBean(App.class).command("/noop", (request, ack) -> ack.ack());
            int port = port(context);
            byte[] skill = SlackRequests.rawPost(
                    port, SECRET, SlackRequests.slashCommand("gitops senior", slack.responseUrl("bench")));
            try (RawHttpConnection connection = new RawHttpConnection(port)) {
                String answer = connection.answer(skill);
                if (!answer.contains("GitOps Practices")) {
                    throw new IllegalStateException("/skill gitops senior did not answer its card: " + answer);
                }
                System.out.printf(Locale.ROOT, "/skill gitops senior answers %d bytes%n", answer.length());
            }
            byte[] noop = SlackRequests.rawPost(
                    port,
                    SECRET,
                    SlackRequests.slashCommand("gitops senior", slack.responseUrl("bench"))
                            .replace("%2Fskill", "%2Fnoop"));

            System.out.printf(
                    Locale.ROOT,
                    "cores %d, %d workers, %d s a phase after %d s of warm-up%n",
                    Runtime.getRuntime().availableProcessors(),
                    workers,
                    seconds,
                    warmUp);
            // Warm-up alternates too: the JIT must have seen both commands before measuring, or the first
            // phase after a switch pays for deoptimisation and recompilation of the shared request path.
            for (int second = 0; second < warmUp; second += 2) {
                closedLoop(port, skill, workers, 1);
                closedLoop(port, noop, workers, 1);
            }
            // Alternating short phases, so that a slow spell of a shared machine hits both commands alike;
            // the pair with the median ratio is reported.
            List<Throughput[]> pairs = new ArrayList<>();
            for (int pair = 0; pair < PAIRS; pair++) {
                int phase = Math.max(1, seconds / 2);
                pairs.add(new Throughput[] {
                    closedLoop(port, skill, workers, phase), closedLoop(port, noop, workers, phase)
                });
            }
            for (Throughput[] pair : pairs) {
                System.out.printf(
                        Locale.ROOT,
                        "pair (in the order run): /skill %.0f req/s, no-op %.0f req/s, ratio %.2f%n",
                        pair[0].perSecond(),
                        pair[1].perSecond(),
                        pair[0].perSecond() / pair[1].perSecond());
            }
            pairs.sort(Comparator.comparingDouble(pair -> pair[0].perSecond() / pair[1].perSecond()));
            Throughput skillRun = pairs.get(PAIRS / 2)[0];
            Throughput noopRun = pairs.get(PAIRS / 2)[1];
            System.out.printf(
                    Locale.ROOT,
                    "throughput: /skill %.0f req/s, no-op %.0f req/s, ratio %.2f (median of %d alternating pairs)%n",
                    skillRun.perSecond(),
                    noopRun.perSecond(),
                    skillRun.perSecond() / noopRun.perSecond(),
                    PAIRS);
            System.out.printf(
                    Locale.ROOT,
                    "server CPU a request: /skill %.1f us, no-op %.1f us, ratio %.2f%n",
                    skillRun.serverMicrosEach(),
                    noopRun.serverMicrosEach(),
                    noopRun.serverMicrosEach() / skillRun.serverMicrosEach());
            System.out.printf(
                    Locale.ROOT,
                    "request threads' CPU a request (Tomcat's threads): /skill %.1f us, no-op %.1f us, difference %.1f us%n",
                    skillRun.requestThreadMicrosEach(),
                    noopRun.requestThreadMicrosEach(),
                    skillRun.requestThreadMicrosEach() - noopRun.requestThreadMicrosEach());
            // The load generator shares the 2 cores: its CPU counts in the throughput ratio as much as the server's.
            System.out.printf(
                    Locale.ROOT,
                    "load generator's CPU a request (its threads, same JVM): /skill %.1f us, no-op %.1f us, difference %.1f us%n",
                    skillRun.clientMicrosEach(),
                    noopRun.clientMicrosEach(),
                    skillRun.clientMicrosEach() - noopRun.clientMicrosEach());
            System.out.printf(
                    Locale.ROOT,
                    "server allocation a request (Tomcat's threads, load-independent): /skill %.1f KB, no-op %.1f KB%n",
                    skillRun.serverKilobytesEach(),
                    noopRun.serverKilobytesEach());
            report("/skill at " + rate + " req/s", openLoop(port, skill, workers, rate, seconds));
            report("no-op  at " + rate + " req/s", openLoop(port, noop, workers, rate, seconds));
            mixed(context, slack, port, workers, rate, seconds);
        }
    }

    /**
     * Real traffic is not one command: a skewed mix (Zipf, s = 1) over every lookup, overview and
     * comparison the bundled catalog offers, plus a typo of each skill, at the fixed rate. Prints
     * the latency and both caches' hit ratios over the phase.
     */
    private static void mixed(
            ConfigurableApplicationContext context, FakeSlack slack, int port, int workers, int rate, int seconds)
            throws Exception {
        List<byte[]> requests = MixedWorkload.commands(BundledCatalog.get()).stream()
                .map(text -> SlackRequests.rawPost(
                        port, SECRET, SlackRequests.slashCommand(text, slack.responseUrl("bench"))))
                .toList();
        int[] order = MixedWorkload.zipfOrder(requests.size(), rate * seconds, 42);
        Cache<?, ?> cards = context.getBean(CommandService.class).cardCache();
        @SuppressWarnings("unchecked")
        RenderedCards<String> drawn = context.getBean("slackRenderedCards", RenderedCards.class);
        CacheStats cardsBefore = cards.stats();
        CacheStats drawnBefore = drawn.stats();
        LongAdder failed = new LongAdder();
        long[] inOrder = new long[rate * seconds];
        long[] sorted =
                openLoop(port, i -> requests.get(order[i]), workers, rate, seconds, body -> true, failed, inOrder);
        CacheStats cardsDuring = cards.stats().minus(cardsBefore);
        CacheStats drawnDuring = drawn.stats().minus(drawnBefore);
        report(
                "mixed  at " + rate + " req/s (" + requests.size() + " distinct commands, " + failed.sum() + " failed)",
                sorted);
        System.out.printf(
                Locale.ROOT,
                "cache hit ratio, mixed: cards %.3f (%d of %d), drawn %.3f (%d of %d)%n",
                cardsDuring.hitRate(),
                cardsDuring.hitCount(),
                cardsDuring.requestCount(),
                drawnDuring.hitRate(),
                drawnDuring.hitCount(),
                drawnDuring.requestCount());
        System.out.println("mixed, p99 ms by second: " + bySecond(inOrder, rate));
    }

    /** Where in the phase the tail sits: p99 of each second's requests, by their scheduled start. */
    private static String bySecond(long[] inOrder, int rate) {
        StringBuilder seconds = new StringBuilder();
        for (int from = 0; from + rate <= inOrder.length; from += rate) {
            long[] second = Arrays.copyOfRange(inOrder, from, from + rate);
            Arrays.sort(second);
            seconds.append(
                    String.format(Locale.ROOT, "%s%.1f", seconds.isEmpty() ? "" : ", ", LoadRun.millis(second, 0.99)));
        }
        return seconds.toString();
    }

    /** The whole application on a free loopback port, Slack on and pointed at {@code slack}; more arguments may follow. */
    static ConfigurableApplicationContext server(FakeSlack slack, String secret, String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--logging.level.root=WARN",
                "--skillbot.slack.bot-token=xoxb-bench",
                "--skillbot.slack.signing-secret=" + secret,
                "--skillbot.slack.api-url=" + slack.apiUrl()));
        arguments.addAll(List.of(more));
        return SpringApplication.run(SkillbotApplication.class, arguments.toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    /**
     * Every worker sends as fast as it can for the given time. Returns requests a second, and the
     * server's CPU time a request (the process's CPU time less the load generator's), which other
     * work on a shared machine does not skew.
     */
    private static Throughput closedLoop(int port, byte[] request, int workers, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long cpuBefore = PROCESS.getProcessCpuTime();
        long allocatedBefore = serverAllocatedBytes();
        long threadCpuBefore = serverThreadCpuNanos();
        List<long[]> counts = LoadRun.inParallel(workers, worker -> {
            try (RawHttpConnection connection = new RawHttpConnection(port)) {
                long sent = 0;
                while (System.nanoTime() < end && sent < 2_000_000) {
                    connection.exchange(request);
                    sent++;
                }
                return new long[] {sent, THREADS.getCurrentThreadCpuTime()};
            }
        });
        long sent = counts.stream().mapToLong(count -> count[0]).sum();
        long clientCpu = counts.stream().mapToLong(count -> count[1]).sum();
        long serverCpu = PROCESS.getProcessCpuTime() - cpuBefore - clientCpu;
        return new Throughput(
                sent / (double) seconds,
                serverCpu / 1e3 / sent,
                (serverAllocatedBytes() - allocatedBefore) / 1e3 / sent,
                (serverThreadCpuNanos() - threadCpuBefore) / 1e3 / sent,
                clientCpu / 1e3 / sent);
    }

    private record Throughput(
            double perSecond,
            double serverMicrosEach,
            double serverKilobytesEach,
            double requestThreadMicrosEach,
            double clientMicrosEach) {}

    /** Bytes allocated so far by Tomcat's request threads ({@code http-nio-…}), which serve every request of a run. */
    private static long serverAllocatedBytes() {
        return Arrays.stream(ALLOCATION.getThreadAllocatedBytes(requestThreads()))
                .filter(bytes -> bytes > 0)
                .sum();
    }

    /**
     * CPU time so far of Tomcat's request threads: the request path alone, without the JIT, GC and the
     * load generator, and less skewed by other work on a shared machine than wall-clock throughput.
     */
    private static long serverThreadCpuNanos() {
        return Arrays.stream(ALLOCATION.getThreadCpuTime(requestThreads()))
                .filter(nanos -> nanos > 0)
                .sum();
    }

    private static long[] requestThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("http-nio"))
                .mapToLong(Thread::getId)
                .toArray();
    }

    /** An open loop in which any failed request ends the run. */
    private static long[] openLoop(int port, byte[] request, int workers, int rate, int seconds) throws Exception {
        LongAdder failed = new LongAdder();
        long[] sorted = openLoop(port, i -> request, workers, rate, seconds, body -> true, failed);
        if (failed.sum() > 0) {
            throw new IllegalStateException(failed.sum() + " of " + sorted.length + " requests failed");
        }
        return sorted;
    }

    /**
     * Requests start on a fixed schedule shared by the workers; a request's latency runs from its
     * scheduled start, so a slow answer also counts against the requests queued behind it. A request
     * answered with other than 200, or with a body {@code good} refuses, counts in {@code failed}
     * (and its connection is opened again). Returns the latencies in nanoseconds, sorted.
     */
    static long[] openLoop(
            int port,
            IntFunction<byte[]> request,
            int workers,
            int rate,
            int seconds,
            Predicate<String> good,
            LongAdder failed)
            throws Exception {
        return openLoop(port, request, workers, rate, seconds, good, failed, new long[rate * seconds]);
    }

    /** As above, and each request's latency also at its index in {@code inOrder}. */
    static long[] openLoop(
            int port,
            IntFunction<byte[]> request,
            int workers,
            int rate,
            int seconds,
            Predicate<String> good,
            LongAdder failed,
            long[] inOrder)
            throws Exception {
        long intervalNanos = 1_000_000_000L / rate;
        int total = rate * seconds;
        long start = System.nanoTime() + 50_000_000L;
        List<long[]> latencies = LoadRun.inParallel(workers, worker -> {
            RawHttpConnection connection = new RawHttpConnection(port);
            try {
                long[] mine = new long[(total + workers - 1) / workers];
                int n = 0;
                for (int i = worker; i < total; i += workers) {
                    long scheduled = start + i * intervalNanos;
                    LoadRun.parkUntil(scheduled);
                    try {
                        if (!good.test(connection.answer(request.apply(i)))) {
                            failed.increment();
                        }
                    } catch (IOException | IllegalStateException e) {
                        failed.increment();
                        connection.close();
                        connection = new RawHttpConnection(port);
                    }
                    mine[n] = System.nanoTime() - scheduled;
                    inOrder[i] = mine[n++];
                }
                return Arrays.copyOf(mine, n);
            } finally {
                connection.close();
            }
        });
        return latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    }

    private static void report(String what, long[] sorted) {
        System.out.printf(Locale.ROOT, "latency %s: %d requests, %s%n", what, sorted.length, LoadRun.quantiles(sorted));
    }
}
