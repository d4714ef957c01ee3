package dev.skillbot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The measurements that run outside JMH: catalog load and heap, start-up, ask, and the Slack, Discord and reload load runs. */
final class Stages {

    private Stages() {}

    /** First loads cold and warm, CPU, allocation, retained heap and reloads: {@link CatalogLoadStage}. */
    static List<Figure> catalogLoad() throws Exception {
        return CatalogLoadStage.figures();
    }

    /** The retained heap of every promotion checklist of the 10k catalog, from {@link MeHeapMain} in a JVM of its own. */
    static List<Figure> checklistHeap() throws Exception {
        Fixtures.catalogDir(10_000);
        List<String> out = Processes.run(
                List.of(
                        Processes.java(),
                        "-Xmx1024m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        MeHeapMain.class.getName()),
                Duration.ofMinutes(5));
        String[] parts = out.stream()
                .filter(text -> text.startsWith("checklists "))
                .reduce((a, b) -> b)
                .orElseThrow()
                .split(" ");
        return List.of(
                Figure.of(
                        "me",
                        "10k skills: retained heap of all " + parts[1] + " promotion checklists",
                        Double.parseDouble(parts[2]),
                        "MB",
                        "report",
                        null,
                        "fresh JVM, -Xmx1024m, every role and neighbouring pair of levels precomputed, used heap after GC with minus without"));
    }

    /**
     * Start-up to readiness, median of three, in two forms: {@code java -jar target/skillbot.jar} as a
     * developer runs it, and as the container image runs it (unpacked jar and a class cache from a
     * training run, see {@link ImageLaunch}); resident memory at idle for both.
     */
    static List<Figure> startup() throws Exception {
        List<Figure> figures = new ArrayList<>();
        figures.addAll(startup(
                "java -jar target/skillbot.jar", List.of(Processes.java(), "-jar", Processes.JAR.toString()), true));
        ImageLaunch image = ImageLaunch.prepare();
        figures.addAll(startup(image.what(), image.command(), false));
        return figures;
    }

    /** Issue 19's targets: the plain jar ready in 3 s at under 200 MiB, the image's launch form in 1.2 s. */
    private static List<Figure> startup(String form, List<String> launch, boolean plainJar) throws Exception {
        List<Double> seconds = new ArrayList<>();
        double rss = Double.NaN;
        for (int run = 0; run < 3; run++) {
            int port = Processes.freePort();
            int management = Processes.freePort();
            List<String> command = new ArrayList<>(launch);
            command.addAll(List.of(
                    "--server.port=" + port,
                    "--management.server.port=" + management,
                    "--spring.datasource.url=jdbc:h2:mem:bench",
                    "--logging.level.root=WARN"));
            long start = System.nanoTime();
            Process server = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            try {
                boolean up = Processes.awaitUp(
                        "http://127.0.0.1:" + management + "/actuator/health/readiness", Duration.ofSeconds(60));
                seconds.add((System.nanoTime() - start) / 1e9);
                if (!up) {
                    throw new IllegalStateException("the server did not become ready in 60 s: " + form);
                }
                if (run == 0) {
                    Thread.sleep(10_000); // idle on purpose before reading its memory (after the post-start GC)
                    rss = Processes.rssMegabytes(server.pid());
                }
            } finally {
                server.destroy();
                server.waitFor();
            }
        }
        seconds.sort(null);
        double median = seconds.get(1);
        String how = String.join(" ", launch).replace(Processes.java(), "java")
                + ", process start to /actuator/health/readiness UP; runs "
                + seconds.stream()
                        .map(s -> String.format(Locale.ROOT, "%.2f", s))
                        .toList();
        return List.of(
                Figure.of(
                        "startup",
                        "server ready (readiness UP), bundled catalog: " + form + ", median of 3",
                        median,
                        "s",
                        plainJar ? "< 3 s" : "< 1.2 s",
                        median < (plainJar ? 3 : 1.2),
                        how),
                Figure.of(
                        "startup",
                        "resident memory at idle: " + form,
                        rss,
                        "MiB",
                        plainJar ? "< 200 MiB" : "report",
                        plainJar ? rss < 200 : null,
                        "VmRSS 10 s after ready"));
    }

    /** Wall clock of {@code ask} from a cold JVM, median of five. */
    static List<Figure> ask() throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            Processes.run(
                    List.of(Processes.java(), "-jar", Processes.JAR.toString(), "ask", "gitops senior"),
                    Duration.ofMinutes(1));
            times.add((System.nanoTime() - start) / 1e9);
        }
        times.sort(null);
        double median = times.get(2);
        return List.of(Figure.of(
                "startup",
                "ask \"gitops senior\" from a cold JVM, median of 5",
                median,
                "s",
                "< 1.5 s",
                median < 1.5,
                "java -jar target/skillbot.jar ask 'gitops senior'"));
    }

    private static final Pattern RATIO =
            Pattern.compile("throughput: /skill ([\\d.]+) req/s, no-op ([\\d.]+) req/s, ratio ([\\d.]+)");
    private static final Pattern LATENCY = Pattern.compile(
            "latency (/skill|no-op) +at (\\d+) req/s: \\d+ requests, p50 ([\\d.]+) ms, p99 ([\\d.]+) ms");

    private static final Pattern MIXED = Pattern.compile(
            "latency mixed +at (\\d+) req/s \\((\\d+) distinct commands, (\\d+) failed\\): \\d+ requests, p50 ([\\d.]+) ms, p99 ([\\d.]+) ms");
    private static final Pattern HIT_RATIO =
            Pattern.compile("cache hit ratio, mixed: cards ([\\d.]+) .*, drawn ([\\d.]+) ");

    /** The Slack HTTP load run (signed /skill vs a no-op command on the same server), read from its output. */
    static List<Figure> slack() throws Exception {
        List<String> out = loadRun("dev.skillbot.slack.SlackHttpBenchmark", "1000", "10", "8", "40");
        List<Figure> figures = new ArrayList<>();
        String how =
                "SlackHttpBenchmark: signed requests over loopback HTTP, load generator in the same 2-core machine";
        for (String line : out) {
            Matcher ratio = RATIO.matcher(line);
            if (ratio.find()) {
                double value = Double.parseDouble(ratio.group(3));
                figures.add(Figure.of(
                        "slack",
                        "throughput /skill vs no-op (" + ratio.group(1) + " vs " + ratio.group(2) + " req/s)",
                        value,
                        "x",
                        ">= 0.95",
                        value >= 0.95,
                        how));
            }
            Matcher latency = LATENCY.matcher(line);
            if (latency.find()) {
                String what = latency.group(1);
                double p99 = Double.parseDouble(latency.group(4));
                figures.add(Figure.of(
                        "slack",
                        what + " p50 at " + latency.group(2) + " req/s",
                        Double.parseDouble(latency.group(3)),
                        "ms",
                        "report",
                        null,
                        how));
                figures.add(Figure.of(
                        "slack",
                        what + " p99 at " + latency.group(2) + " req/s",
                        p99,
                        "ms",
                        what.equals("/skill") ? "< 5 ms" : "report",
                        what.equals("/skill") ? p99 < 5 : null,
                        how));
            }
            Matcher mixed = MIXED.matcher(line);
            if (mixed.find()) {
                String what = "/skill, Zipf mix of " + mixed.group(2) + " commands,";
                figures.add(Figure.of(
                        "slack",
                        what + " p50 at " + mixed.group(1) + " req/s",
                        Double.parseDouble(mixed.group(4)),
                        "ms",
                        "report",
                        null,
                        how));
                figures.add(Figure.of(
                        "slack",
                        what + " p99 at " + mixed.group(1) + " req/s",
                        Double.parseDouble(mixed.group(5)),
                        "ms",
                        "report",
                        null,
                        how));
                figures.add(Figure.of(
                        "slack",
                        what + " failed requests",
                        Double.parseDouble(mixed.group(3)),
                        "requests",
                        "0",
                        mixed.group(3).equals("0"),
                        how));
            }
            Matcher hits = HIT_RATIO.matcher(line);
            if (hits.find()) {
                String mix =
                        "every lookup, overview and neighbouring comparison of the bundled catalog plus a typo each, Zipf s = 1";
                figures.add(Figure.of(
                        "cache",
                        "card cache hit ratio, mixed Slack run",
                        Double.parseDouble(hits.group(1)),
                        "ratio",
                        "report",
                        null,
                        "CommandService card cache (revision, locale, command); " + mix));
                figures.add(Figure.of(
                        "cache",
                        "drawn Block Kit cache hit ratio, mixed Slack run",
                        Double.parseDouble(hits.group(2)),
                        "ratio",
                        "report",
                        null,
                        "RenderedCards (card value, Slack); " + mix));
            }
        }
        return figures;
    }

    private static final Pattern DISCORD_THROUGHPUT =
            Pattern.compile("throughput: /skill lookup ([\\d.]+) interactions/s with (\\d+) in flight");
    private static final Pattern DISCORD_LATENCY = Pattern.compile(
            "latency /skill lookup at (\\d+) interactions/s: \\d+ interactions, (\\d+) unanswered, \\d+ deferred, p50 ([\\d.]+) ms, p99 ([\\d.]+) ms");

    /** The Discord load run: /skill lookup dispatched through the fake gateway, timed to JDA's interaction callback. */
    static List<Figure> discord() throws Exception {
        List<String> out = loadRun("dev.skillbot.discord.DiscordGatewayBenchmark", "200", "10", "8", "20");
        List<Figure> figures = new ArrayList<>();
        String how =
                "DiscordGatewayBenchmark: real JDA client against the fake Discord on loopback, from INTERACTION_CREATE dispatch "
                        + "to POST interactions/{id}/{token}/callback, load generator in the same JVM";
        for (String line : out) {
            Matcher throughput = DISCORD_THROUGHPUT.matcher(line);
            if (throughput.find()) {
                figures.add(Figure.of(
                        "discord",
                        "/skill lookup throughput, " + throughput.group(2) + " in flight (closed loop)",
                        Double.parseDouble(throughput.group(1)),
                        "interactions/s",
                        "report",
                        null,
                        how));
            }
            Matcher latency = DISCORD_LATENCY.matcher(line);
            if (latency.find()) {
                String rate = " at " + latency.group(1) + " interactions/s";
                figures.add(Figure.of(
                        "discord",
                        "/skill lookup p50" + rate,
                        Double.parseDouble(latency.group(3)),
                        "ms",
                        "report",
                        null,
                        how));
                figures.add(Figure.of(
                        "discord",
                        "/skill lookup p99" + rate,
                        Double.parseDouble(latency.group(4)),
                        "ms",
                        "report",
                        null,
                        how));
                figures.add(Figure.of(
                        "discord",
                        "interactions unanswered within 10 s" + rate,
                        Double.parseDouble(latency.group(2)),
                        "interactions",
                        "report",
                        null,
                        how));
            }
        }
        return figures;
    }

    private static final Pattern RELOAD_PHASE = Pattern.compile(
            "latency (without|with) reload +at (\\d+) req/s: (\\d+) requests, (\\d+) failed, p50 ([\\d.]+) ms, p99 ([\\d.]+) ms");
    private static final Pattern RELOAD = Pattern.compile("reloads (\\d+), reload time avg ([\\d.]+) s");
    private static final Pattern RELOAD_GC =
            Pattern.compile("gc pauses (without|with) reload: count (\\d+), total (\\d+) ms, longest (\\d+) ms");

    /** /skill on a 10,000-skill catalog at 1,000 req/s, without and during back-to-back catalog reloads. */
    static List<Figure> reload() throws Exception {
        List<String> out = loadRun("dev.skillbot.slack.ReloadUnderLoadBenchmark", "1000", "20", "8", "10");
        List<Figure> figures = new ArrayList<>();
        String how =
                "ReloadUnderLoadBenchmark: signed /skill over loopback HTTP (Slack), 10,000-skill synthetic catalog, "
                        + "reloadNow back to back after a one-file edit";
        long failed = 0;
        long requests = 0;
        double[] p99 = new double[2];
        for (String line : out) {
            Matcher phase = RELOAD_PHASE.matcher(line);
            if (phase.find()) {
                String what = phase.group(1) + " reload at " + phase.group(2) + " req/s";
                requests += Long.parseLong(phase.group(3));
                failed += Long.parseLong(phase.group(4));
                p99[phase.group(1).equals("with") ? 1 : 0] = Double.parseDouble(phase.group(6));
                figures.add(Figure.of(
                        "reload", "/skill p50 " + what, Double.parseDouble(phase.group(5)), "ms", "report", null, how));
                boolean during = phase.group(1).equals("with");
                double phaseP99 = Double.parseDouble(phase.group(6));
                figures.add(Figure.of(
                        "reload",
                        "/skill p99 " + what,
                        phaseP99,
                        "ms",
                        during ? "< 10 ms" : "report",
                        during ? phaseP99 < 10 : null,
                        how));
            }
            Matcher gc = RELOAD_GC.matcher(line);
            if (gc.find()) {
                figures.add(Figure.of(
                        "reload",
                        "longest GC pause " + gc.group(1) + " reload (" + gc.group(2) + " pauses, " + gc.group(3)
                                + " ms in all)",
                        Double.parseDouble(gc.group(4)),
                        "ms",
                        "report",
                        null,
                        how));
            }
            Matcher reload = RELOAD.matcher(line);
            if (reload.find()) {
                figures.add(Figure.of(
                        "reload",
                        "reload time under load, average of " + reload.group(1),
                        Double.parseDouble(reload.group(2)),
                        "s",
                        "report",
                        null,
                        how));
            }
        }
        if (requests == 0) {
            throw new IllegalStateException("the reload run printed no latency lines");
        }
        figures.add(Figure.of(
                "reload",
                "failed /skill requests, without and during reloads, of " + requests,
                failed,
                "requests",
                "zero failed requests",
                failed == 0,
                how));
        figures.add(Figure.of(
                "reload", "p99 effect of reloads (with less without)", p99[1] - p99[0], "ms", "report", null, how));
        return figures;
    }

    /** Runs a load run's main from the test classpath in its own JVM and returns what it printed. */
    private static final Pattern APPROVALS = Pattern.compile(
            "approvals (.+): (\\d+) in ([0-9.]+) s, ([0-9.]+) per second; "
                    + "click to commit p50 ([0-9.]+) ms p99 ([0-9.]+) ms; click to decided p50 ([0-9.]+) ms p99 ([0-9.]+) ms");

    /** Approvals through the one serialized writer on a 10,000-skill catalog in Git: throughput and click-to-commit latency. */
    static List<Figure> approvals() throws Exception {
        List<Figure> figures = new ArrayList<>();
        String how =
                "ApprovalBenchmark: ProposalService.approve on a 10,000-skill synthetic catalog in a Git repository, H2, "
                        + "verify against the snapshot, atomic replace, JGit commit, reload after the write";
        for (String line : loadRun("dev.skillbot.suggestion.ApprovalBenchmark", "10000", "30", "8")) {
            Matcher run = APPROVALS.matcher(line);
            if (run.find()) {
                String mode = run.group(1);
                figures.add(Figure.of(
                        "approvals",
                        "approvals per second, " + mode,
                        Double.parseDouble(run.group(4)),
                        "/s",
                        "report",
                        null,
                        how + "; " + run.group(2) + " approvals"));
                figures.add(Figure.of(
                        "approvals",
                        "click to commit p99, " + mode,
                        Double.parseDouble(run.group(6)),
                        "ms",
                        "report",
                        null,
                        how + "; p50 " + run.group(5) + " ms"));
                figures.add(Figure.of(
                        "approvals",
                        "click to decided (committed and served) p99, " + mode,
                        Double.parseDouble(run.group(8)),
                        "ms",
                        "report",
                        null,
                        how + "; p50 " + run.group(7) + " ms"));
            }
        }
        if (figures.isEmpty()) {
            throw new IllegalStateException("the approval run printed no figures");
        }
        return figures;
    }

    private static final Pattern REPLICAS = Pattern.compile(
            "replicas (\\d+): (\\d+) approvals in ([0-9.]+) s, ([0-9.]+) per second; every replica serving p50 ([0-9.]+) ms p99 ([0-9.]+) ms");

    /** Approvals on one and on three replicas sharing PostgreSQL and a Git remote, and the time until every replica serves them. */
    static List<Figure> replicas() throws Exception {
        List<Figure> figures = new ArrayList<>();
        String how =
                "ReplicaApprovalBenchmark: whole applications on one embedded PostgreSQL and one bare Git remote, fixture catalog, "
                        + "8 approvals released together, spread over the replicas; head check every 200 ms";
        for (String line : loadRun("dev.skillbot.gitops.ReplicaApprovalBenchmark", "48")) {
            Matcher run = REPLICAS.matcher(line);
            if (run.find()) {
                String replicas = run.group(1) + (run.group(1).equals("1") ? " replica" : " replicas");
                figures.add(Figure.of(
                        "replicas",
                        "approvals per second, " + replicas,
                        Double.parseDouble(run.group(4)),
                        "/s",
                        "report",
                        null,
                        how + "; " + run.group(2) + " approvals"));
                figures.add(Figure.of(
                        "replicas",
                        "approval to every replica serving it, p99, " + replicas,
                        Double.parseDouble(run.group(6)),
                        "ms",
                        "report",
                        null,
                        how + "; p50 " + run.group(5) + " ms"));
            }
        }
        if (figures.isEmpty()) {
            throw new IllegalStateException("the replica run printed no figures");
        }
        return figures;
    }

    private static final Pattern PAGE_WEIGHT = Pattern.compile("seed page weight: (\\d+) bytes \\((.*)\\)");
    private static final Pattern SITE = Pattern.compile("static site: (\\d+) skills in ([0-9.]+) s \\((.*)\\)");

    /** The seed skill's page weight with its stylesheet, and the static site of 10,000 skills, in a fresh JVM. */
    static List<Figure> web() throws Exception {
        List<Figure> figures = new ArrayList<>();
        for (String line : loadRun("dev.skillbot.web.WebSiteBenchmark", "10000")) {
            Matcher weight = PAGE_WEIGHT.matcher(line);
            if (weight.find()) {
                double kb = Double.parseDouble(weight.group(1)) / 1024;
                figures.add(Figure.of(
                        "web",
                        "seed skill page weight, CSS included",
                        kb,
                        "KB",
                        "< 60 KB",
                        kb < 60,
                        "WebSiteBenchmark: /skills/gitops-practices of skills-data as served, plus skillbot.css; "
                                + weight.group(2)));
            }
            Matcher site = SITE.matcher(line);
            if (site.find()) {
                double seconds = Double.parseDouble(site.group(2));
                figures.add(Figure.of(
                        "web",
                        "static site for " + site.group(1) + " skills",
                        seconds,
                        "s",
                        "< 30 s",
                        seconds < 30,
                        "WebSiteBenchmark: SiteCommand in a fresh JVM, catalog load included; " + site.group(3)));
            }
        }
        if (figures.size() != 2) {
            throw new IllegalStateException("the web run printed " + figures.size() + " of its 2 figures");
        }
        return figures;
    }

    private static List<String> loadRun(String main, String... arguments) throws Exception {
        List<String> command =
                new ArrayList<>(List.of(Processes.java(), "-cp", System.getProperty("java.class.path"), main));
        command.addAll(List.of(arguments));
        return Processes.run(command, Duration.ofMinutes(5));
    }

    static String machine() throws Exception {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip())
                .findFirst()
                .orElse("unknown CPU");
        long memory = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                        .filter(line -> line.startsWith("MemTotal"))
                        .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                        .findFirst()
                        .orElse(0)
                / 1024
                / 1024;
        return String.format(
                Locale.ROOT,
                "%d cores (%s), %d GiB, %s %s, %s",
                Runtime.getRuntime().availableProcessors(),
                cpu,
                memory,
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                System.getProperty("os.name"));
    }
}
