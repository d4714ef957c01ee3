package dev.skillbot.slack;

import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.catalog.ReloadStatus;
import dev.skillbot.testing.GcPauses;
import dev.skillbot.testing.LoadRun;
import dev.skillbot.testing.SyntheticCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A load run, not a test: the real server serves a synthetic catalog (10,000 skills by default,
 * written to {@code target/bench-catalogs}) and receives an open loop of signed {@code /skill <name> senior} requests over loopback, first
 * with no reload, then while the catalog is reloaded back to back (one skill file edited before
 * each reload, so every reload swaps in a new revision). Counts failed requests (not 200, or not
 * the card of the skill asked for) and prints p50/p99 of both phases, measured from each
 * request's scheduled start. Optional arguments: rate (req/s), seconds a phase, workers, seconds
 * of warm-up, skills. Run it as docs/slack.md shows.
 */
public final class ReloadUnderLoadBenchmark {

    private static final String SECRET = "bench-signing-secret";
    private static final int LOOKED_UP = 42;
    private static final int EDITED = 7;

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int workers = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        int skills = args.length > 4 ? Integer.parseInt(args[4]) : 10_000;
        Path catalog = SyntheticCatalog.write(
                Path.of("target", "bench-catalogs", "reload-" + skills), SyntheticCatalog.Spec.of(skills));
        Path edited = Reloads.prepare(catalog);
        String name = SyntheticCatalog.name(LOOKED_UP);
        try (FakeSlack slack = FakeSlack.start();
                ConfigurableApplicationContext context =
                        SlackHttpBenchmark.server(slack, SECRET, "--skillbot.catalog.dir=" + catalog)) {
            int port = SlackHttpBenchmark.port(context);
            byte[] request = SlackRequests.rawPost(
                    port, SECRET, SlackRequests.slashCommand(name + " senior", slack.responseUrl("bench")));
            // the card's header as Slack's JSON writer escapes the middle dot; checked against a parsed answer first
            Predicate<String> card = body -> body.contains("\"text\":\"" + name + " \\u00b7 Senior\"");
            try (RawHttpConnection connection = new RawHttpConnection(port)) {
                String first = connection.answer(request);
                if (!SlackMessageJson.parse(first).header().equals(name + " · Senior") || !card.test(first)) {
                    throw new IllegalStateException("not the card of " + name + ": " + first);
                }
            }
            Reloads reloads = new Reloads(context.getBean(CatalogReloader.class), edited);
            System.out.printf(
                    Locale.ROOT,
                    "cores %d, %d workers, %,d skills, %d req/s, %d s a phase after %d s of warm-up%n",
                    Runtime.getRuntime().availableProcessors(),
                    workers,
                    skills,
                    rate,
                    seconds,
                    warmUp);

            reloads.during(() ->
                    SlackHttpBenchmark.openLoop(port, i -> request, workers, rate, warmUp, card, new LongAdder()));
            reloads.reset();
            LongAdder failedWithout = new LongAdder();
            long[] without;
            try (GcPauses pauses = GcPauses.count()) {
                without = SlackHttpBenchmark.openLoop(port, i -> request, workers, rate, seconds, card, failedWithout);
                System.out.println("gc pauses without reload: " + pauses.summary());
            }
            report("without reload", rate, without, failedWithout);
            LongAdder failedWith = new LongAdder();
            long[] with;
            try (GcPauses pauses = GcPauses.count()) {
                with = reloads.during(() ->
                        SlackHttpBenchmark.openLoop(port, i -> request, workers, rate, seconds, card, failedWith));
                System.out.println("gc pauses with reload: " + pauses.summary());
            }
            report("with reload   ", rate, with, failedWith);
            System.out.printf(
                    Locale.ROOT,
                    "reload: failed %d of %d; p99 without reload %.2f ms, with reload %.2f ms; "
                            + "reloads %d, reload time avg %.2f s%n",
                    failedWith.sum(),
                    with.length,
                    LoadRun.millis(without, 0.99),
                    LoadRun.millis(with, 0.99),
                    reloads.count(),
                    reloads.averageSeconds());
        }
    }

    private static void report(String phase, int rate, long[] sorted, LongAdder failed) {
        System.out.printf(
                Locale.ROOT,
                "latency %s at %d req/s: %d requests, %d failed, %s%n",
                phase,
                rate,
                sorted.length,
                failed.sum(),
                LoadRun.quantiles(sorted));
    }

    private interface Phase {
        long[] run() throws Exception;
    }

    /**
     * Reloads back to back, on a thread of their own, while a phase runs. Before each reload one
     * skill file gets a new summary of the same length and its old modification time: a new
     * revision for {@code reloadNow}, while the file watcher, which compares sizes and times,
     * adds no reloads of its own.
     */
    private static final class Reloads {

        private static final String SUMMARY = "summary: Edited %09d times under load.";

        private final CatalogReloader reloader;
        private final Path file;
        private final String text;
        private final FileTime modified;
        private final LongAdder count = new LongAdder();
        private final LongAdder nanos = new LongAdder();
        private int edits;

        Reloads(CatalogReloader reloader, Path file) throws IOException {
            this.reloader = reloader;
            this.file = file;
            this.text = Files.readString(file, StandardCharsets.UTF_8);
            this.modified = Files.getLastModifiedTime(file);
        }

        /** Before the server starts: gives the file every reload edits (not the one looked up) a summary of the edited length. */
        static Path prepare(Path catalog) throws IOException {
            String id = SyntheticCatalog.id(SyntheticCatalog.name(EDITED), EDITED) + ".yml";
            try (Stream<Path> files = Files.walk(catalog)) {
                Path file = files.filter(path -> path.getFileName().toString().equals(id))
                        .findFirst()
                        .orElseThrow();
                Files.writeString(
                        file, Files.readString(file).replaceFirst("summary: [^\n]*", String.format(SUMMARY, 0)));
                return file;
            }
        }

        long[] during(Phase phase) throws Exception {
            AtomicBoolean done = new AtomicBoolean();
            CompletableFuture<Void> reloading = CompletableFuture.runAsync(() -> {
                while (!done.get()) {
                    reloadOnce();
                }
            });
            try {
                return phase.run();
            } finally {
                done.set(true);
                reloading.join();
            }
        }

        private void reloadOnce() {
            try {
                String before = reloader.current().revision();
                Files.writeString(
                        file,
                        text.replace(String.format(SUMMARY, 0), String.format(SUMMARY, ++edits)),
                        StandardCharsets.UTF_8);
                Files.setLastModifiedTime(file, modified);
                long start = System.nanoTime();
                ReloadStatus status = reloader.reloadNow();
                nanos.add(System.nanoTime() - start);
                count.increment();
                if (!status.succeeded() || before.equals(reloader.current().revision())) {
                    throw new IllegalStateException("the reload did not swap in a new revision: " + status);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        void reset() {
            count.reset();
            nanos.reset();
        }

        long count() {
            return count.sum();
        }

        double averageSeconds() {
            return count.sum() == 0 ? Double.NaN : nanos.sum() / 1e9 / count.sum();
        }
    }
}
