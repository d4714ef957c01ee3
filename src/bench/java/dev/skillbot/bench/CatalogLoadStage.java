package dev.skillbot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@code load} stage: each synthetic catalog's first load in fresh JVMs, cold (no node
 * snapshot: the first start ever, or with the snapshot off) and warm (a restart, which finds the
 * snapshot the last start wrote), with each load's process CPU and allocation; then the best of
 * three loads, the retained heap, and what a reload of the unchanged catalog costs against a full
 * load in the same warmed JVM. The first load of a fresh JVM swings most on a busy machine, so the
 * 10k catalogs run in three JVMs each and report the median; the 100k catalog runs once.
 */
final class CatalogLoadStage {

    /** One JVM's figures, as {@link LoadMain} prints them. */
    private record Run(
            double first,
            double best,
            double retained,
            double firstCpu,
            double firstAllocated,
            double lastCpu,
            double lastAllocated,
            double reloadCpu,
            double reloadAllocated) {}

    private CatalogLoadStage() {}

    static List<Figure> figures() throws Exception {
        List<Figure> figures = new ArrayList<>();
        // skills, heap MB, JVMs, languages (2: every text in English and Chinese)
        for (int[] run : new int[][] {{10_000, 1024, 3, 1}, {10_000, 1024, 3, 2}, {100_000, 1536, 1, 1}}) {
            Path dir = Fixtures.catalogDir(run[0], run[3]);
            Path snapshot = dir.resolveSibling(dir.getFileName() + "-snapshot.bin");
            boolean big = run[0] == 100_000;
            String size = run[0] / 1000 + "k" + (run[3] > 1 ? ", two languages," : "") + " skills";
            String how = "fresh JVM, -Xmx" + run[1] + "m, synthetic catalog";
            List<Run> cold = runs(run, null);
            Files.deleteIfExists(snapshot);
            List<Run> writing = runs(new int[] {run[0], run[1], 1, run[3]}, snapshot);
            List<Run> warm = runs(run, snapshot);
            if (cold.size() < run[2] || writing.isEmpty() || warm.size() < run[2]) {
                figures.add(Figure.of(
                        "catalog",
                        size + ": load (a JVM failed, see the run's output)",
                        Double.NaN,
                        "s",
                        "",
                        false,
                        how));
                continue;
            }
            String budget = big ? "< 5 s" : "< 1 s";
            double restart = median(warm, Run::first);
            figures.add(Figure.of(
                    "catalog",
                    size + ": first load, restart (warm snapshot)" + median(warm),
                    restart,
                    "s",
                    budget,
                    restart < (big ? 5 : 1),
                    how + firsts(warm)));
            figures.add(first(size + ": first load, cold (no snapshot)" + median(cold), cold, how));
            figures.add(first(size + ": first load, cold, writing the snapshot", writing, how));
            figures.add(cost(size + ": first load CPU / allocated, restart (warm snapshot)", warm, how));
            figures.add(cost(size + ": first load CPU / allocated, cold (no snapshot)", cold, how));
            figures.add(Figure.of(
                    "catalog",
                    size + ": load and validate, best of 3 (cold)",
                    cold.stream().mapToDouble(Run::best).min().orElseThrow(),
                    "s",
                    "report",
                    null,
                    how));
            double heap = cold.stream().mapToDouble(Run::retained).max().orElseThrow();
            figures.add(Figure.of(
                    "catalog",
                    size + ": retained heap",
                    heap,
                    "MB",
                    big ? "runs in 1.5 GB heap" : "< 200 MB",
                    big ? Boolean.TRUE : heap < 200,
                    how));
            Run last = cold.get(0);
            figures.add(Figure.of(
                    "catalog",
                    size + ": reload of the unchanged catalog, CPU (allocated "
                            + String.format(Locale.ROOT, "%.0f MB", last.reloadAllocated())
                            + String.format(
                                    Locale.ROOT,
                                    "); a full load in the same warmed JVM: %.2f s CPU, %.0f MB",
                                    last.lastCpu(),
                                    last.lastAllocated()),
                    last.reloadCpu(),
                    "s",
                    "report",
                    null,
                    how + "; the loader reuses each unchanged file's outcome"));
        }
        return figures;
    }

    private static Figure first(String name, List<Run> runs, String how) {
        return Figure.of("catalog", name, median(runs, Run::first), "s", "report", null, how + firsts(runs));
    }

    private static Figure cost(String name, List<Run> runs, String how) {
        return Figure.of(
                "catalog",
                name + String.format(Locale.ROOT, " (%.0f MB allocated)", median(runs, Run::firstAllocated)),
                median(runs, Run::firstCpu),
                "s",
                "report",
                null,
                how + "; CPU of the whole process (JIT and GC too) and bytes allocated by all threads, median");
    }

    private static String median(List<Run> runs) {
        return runs.size() == 1 ? "" : ", median";
    }

    private static String firsts(List<Run> runs) {
        return runs.size() == 1
                ? ""
                : "; median of " + runs.size() + " JVMs: "
                        + runs.stream()
                                .map(run -> String.format(Locale.ROOT, "%.2f", run.first()))
                                .collect(Collectors.joining(", "))
                        + " s";
    }

    private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> value) {
        double[] sorted = runs.stream().mapToDouble(value).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static List<Run> runs(int[] run, Path snapshot) throws Exception {
        List<Run> runs = new ArrayList<>();
        for (int jvm = 0; jvm < run[2]; jvm++) {
            loadInFreshJvm(run[0], run[1], run[3], snapshot).ifPresent(runs::add);
        }
        return runs;
    }

    private static Optional<Run> loadInFreshJvm(int skills, int heapMegabytes, int languages, Path snapshot)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Processes.java(),
                "-Xmx" + heapMegabytes + "m",
                "-cp",
                System.getProperty("java.class.path"),
                LoadMain.class.getName(),
                Integer.toString(skills),
                Integer.toString(languages)));
        if (snapshot != null) {
            command.add(snapshot.toString());
        }
        return Processes.run(command, Duration.ofMinutes(5)).stream()
                .filter(text -> text.startsWith("load "))
                .reduce((a, b) -> b)
                .map(line -> {
                    double[] v = Arrays.stream(line.substring(5).split(" "))
                            .mapToDouble(Double::parseDouble)
                            .toArray();
                    return new Run(v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[9], v[10]);
                });
    }
}
