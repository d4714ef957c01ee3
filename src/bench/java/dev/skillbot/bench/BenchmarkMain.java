package dev.skillbot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks and prints the figures. Argument: {@code all}, {@code load}, or a regular
 * expression of JMH benchmark names such as {@code Lookup}.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length == 0 ? "all" : args[0];
        Files.createDirectories(Path.of("target", "benchmarks"));
        if (which.equals("all") || which.equals("load")) {
            LoadFigures.Figures figures = LoadFigures.measure(10_000, 3);
            System.out.printf("catalog load+validate: %d skills, %d cells: first %.2f s, best %.2f s; retained heap %.1f MB%n",
                    figures.skills(), figures.cells(), figures.firstLoadSeconds(), figures.bestLoadSeconds(), figures.retainedMegabytes());
        }
        if (which.equals("load")) {
            return;
        }
        Options options = new OptionsBuilder()
                .include(which.equals("all") ? "dev.skillbot.bench.*Benchmark" : which)
                .resultFormat(ResultFormatType.JSON)
                .result(Path.of("target", "benchmarks", "jmh.json").toString())
                .build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.println();
        for (RunResult result : results) {
            System.out.printf("%-60s %s%n", result.getParams().getBenchmark().replace("dev.skillbot.bench.", "")
                    + " " + result.getParams().getParamsKeys().stream().map(key -> key + "=" + result.getParams().getParam(key)).toList(),
                    result.getPrimaryResult().toString());
        }
    }
}
