package dev.skillbot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmark suite and writes {@code docs/benchmarks.md} (each figure, its budget and the
 * machine) and {@code docs/benchmarks.json} (the same, plus JMH's raw results). Argument: a
 * comma-separated list of stages, {@code all} by default: jmh, load, startup, ask, slack, discord, reload, approvals, replicas, web, me.
 */
public final class BenchmarkMain {

    private static final Path DOCS = Path.of("docs");

    private BenchmarkMain() {}

    public static void main(String[] args) throws Exception {
        Set<String> stages = Set.copyOf(Arrays.asList((args.length == 0 || args[0].equals("all")
                        ? "jmh,load,startup,ask,slack,discord,reload,approvals,replicas,web,me"
                        : args[0])
                .split(",")));
        List<Figure> figures = new ArrayList<>();
        String jmhJson = "[]";
        if (stages.contains("jmh")) {
            Path raw = Path.of("target", "benchmarks", "jmh.json");
            Files.createDirectories(raw.getParent());
            figures.addAll(jmh(raw));
            jmhJson = Files.readString(raw);
        }
        stage(stages, "load", figures, Stages::catalogLoad);
        stage(stages, "startup", figures, Stages::startup);
        stage(stages, "ask", figures, Stages::ask);
        stage(stages, "slack", figures, Stages::slack);
        stage(stages, "discord", figures, Stages::discord);
        stage(stages, "reload", figures, Stages::reload);
        stage(stages, "approvals", figures, Stages::approvals);
        stage(stages, "replicas", figures, Stages::replicas);
        stage(stages, "web", figures, Stages::web);
        stage(stages, "me", figures, Stages::checklistHeap);
        String machine = Stages.machine();
        Report.write(
                DOCS,
                machine,
                LocalDate.now().toString(),
                String.join(",", args.length == 0 ? List.of("all") : List.of(args)),
                figures,
                jmhJson);
        figures.forEach(figure -> System.out.printf(
                Locale.ROOT,
                "%-10s %-70s %14s  %-12s %s%n",
                figure.area(),
                figure.name(),
                figure.shown(),
                figure.budget(),
                figure.verdict()));
    }

    /** Runs one stage; a stage that fails is reported as such and the others still run. */
    private static void stage(
            Set<String> stages, String name, List<Figure> figures, java.util.concurrent.Callable<List<Figure>> stage) {
        if (!stages.contains(name)) {
            return;
        }
        try {
            figures.addAll(stage.call());
        } catch (Exception e) {
            figures.add(Figure.of(name, "stage failed: " + e, Double.NaN, "", "", false, "see the run's output"));
        }
    }

    private static List<Figure> jmh(Path raw) throws Exception {
        Options options = new OptionsBuilder()
                .include(
                        "dev.skillbot.(bench.LookupBenchmark|bench.RenderBenchmark|discord.AutocompleteBenchmark|web.SkillPageBenchmark|bench.MeBenchmark|slack.HomeBenchmark)")
                .resultFormat(ResultFormatType.JSON)
                .result(raw.toString())
                .build();
        Collection<RunResult> results = new Runner(options).run();
        List<Figure> figures = new ArrayList<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark().replaceFirst("^dev\\.skillbot\\.(bench\\.)?", "");
            String skills = result.getParams().getParam("skills");
            String platform = result.getParams().getParam("platform");
            double micros = result.getPrimaryResult().getScore();
            String name = benchmark
                    + (skills != null ? " @ " + skills + " skills" : "")
                    + (platform != null ? " (" + platform + ")" : "");
            figures.add(budgeted(benchmark, skills, platform, name, micros));
        }
        return figures;
    }

    private static Figure budgeted(String benchmark, String skills, String platform, String name, double micros) {
        String how = "JMH average time, 1 fork, 5 x 1 s after 3 x 1 s warm-up";
        boolean tenK = "10000".equals(skills);
        if (benchmark.endsWith(".exactName") || benchmark.endsWith(".alias")) {
            return Figure.of("lookup", name, micros, "µs", tenK ? "< 1 µs" : "report", tenK ? micros < 1 : null, how);
        }
        if (benchmark.endsWith(".typo")) {
            return Figure.of(
                    "lookup", name, micros, "µs", tenK ? "< 200 µs" : "report", tenK ? micros < 200 : null, how);
        }
        if (benchmark.endsWith(".autocomplete")) {
            return Figure.of(
                    "lookup",
                    name,
                    micros,
                    "µs",
                    tenK ? "< 1 ms" : "report",
                    tenK ? micros < 1000 : null,
                    how + ", core ranking only");
        }
        if (benchmark.startsWith("slack.HomeBenchmark.")) {
            return Figure.of(
                    "me",
                    name + " @ 10000 skills",
                    micros,
                    "µs",
                    "< 2 ms",
                    micros < 2000,
                    how + ", synthetic catalog, a user with a profile");
        }
        if (benchmark.startsWith("MeBenchmark.")) {
            return Figure.of(
                    "me",
                    name + " @ 10000 skills",
                    micros,
                    "µs",
                    "< 5 ms",
                    micros < 5000,
                    how + ", synthetic catalog, role-01 Senior → Lead");
        }
        if (benchmark.endsWith(".choicesAndCallbackBody")) {
            return Figure.of(
                    "discord",
                    name,
                    micros,
                    "µs",
                    tenK ? "< 1 ms" : "report",
                    tenK ? micros < 1000 : null,
                    how + ", a mix of 35 typed texts: ranking, JDA choices and the callback JSON");
        }
        if (benchmark.startsWith("web.SkillPageBenchmark")) {
            return Figure.of(
                    "web",
                    name,
                    micros,
                    "µs",
                    tenK ? "< 2 ms" : "report",
                    tenK ? micros < 2000 : null,
                    how + ", page model and precompiled JTE templates to a string, a different skill each call");
        }
        if (benchmark.endsWith(".parseMatchBuildRender") && "text".equals(platform)) {
            return Figure.of("command", name, micros, "µs", "< 50 µs", micros < 50, how + ", bundled catalog");
        }
        return Figure.of(
                benchmark.startsWith("Render") ? "command" : "other",
                name,
                micros,
                "µs",
                "report",
                null,
                how + ", bundled catalog");
    }
}
