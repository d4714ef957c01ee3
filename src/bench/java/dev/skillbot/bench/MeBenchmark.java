package dev.skillbot.bench;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandPorts;
import dev.skillbot.command.CommandService;
import dev.skillbot.me.ChecklistIndex;
import dev.skillbot.me.PromotionChecklist;
import dev.skillbot.testing.MemoryPersonal;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The promotion checklist on the 10k-skill synthetic catalog: computing one role and pair of levels
 * from scratch (what the first question after a reload pays), and a whole {@code next} answer with
 * the checklist kept (profile and marks from memory, word diffs of one page, the card).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MeBenchmark {

    private Catalog catalog;
    private CommandService service;
    private final Invocation user =
            new Invocation(Platform.SLACK, "T0", "C0", "U0BENCH", "en", Invocation.Origin.COMMAND);

    @Setup
    public void load() {
        catalog = Fixtures.load(10_000);
        service = new CommandService(
                () -> catalog, CommandPorts.NONE.withPersonal(new MemoryPersonal().commands(Clock.systemUTC())));
        service.answer(user, "me role-01 senior");
        service.answer(user, "next");
    }

    @Benchmark
    public PromotionChecklist checklistFromScratch() {
        return new ChecklistIndex()
                .get(
                        catalog,
                        catalog.role("role-01").orElseThrow(),
                        catalog.level("senior").orElseThrow(),
                        catalog.level("lead").orElseThrow());
    }

    @Benchmark
    public Card checklistAnswer() {
        return service.answer(user, "next");
    }
}
