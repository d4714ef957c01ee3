package dev.skillbot.bench;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.cli.TextCardRenderer;
import dev.skillbot.command.CommandService;
import dev.skillbot.command.Invocation;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** A whole command on the bundled catalog: parse, match, build the card, render it as text. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CommandBenchmark {

    @Param({"gitops senior", "gitpos senior sre", "gitops senior..lead", "gitops"})
    String command;

    private CommandService service;
    private final TextCardRenderer renderer = new TextCardRenderer();
    private final Invocation invocation = Invocation.cli("en");

    @Setup
    public void load() {
        Catalog catalog = Fixtures.bundled();
        service = new CommandService(() -> catalog);
    }

    @Benchmark
    public String parseMatchBuildRender() {
        return renderer.render(service.answer(invocation, command));
    }
}
