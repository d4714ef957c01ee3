package dev.skillbot.slack;

import com.slack.api.model.block.LayoutBlock;
import dev.skillbot.bench.Fixtures;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandPorts;
import dev.skillbot.command.CommandService;
import dev.skillbot.testing.MemoryPersonal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
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
 * The App Home tab's blocks for a user with a profile on the 10k-skill catalog (profile card with
 * pickers, readiness for the next level from the kept checklist, next items, search box): what
 * {@code views.publish} sends, without the call itself.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HomeBenchmark {

    private SlackHome home;
    private final Invocation user = new Invocation(Platform.SLACK, "T0", "", "U0BENCH", "en", Invocation.Origin.BUTTON);

    @Setup
    public void load() {
        Catalog catalog = Fixtures.load(10_000);
        CommandService service = new CommandService(
                () -> catalog, CommandPorts.NONE.withPersonal(new MemoryPersonal().commands(Clock.systemUTC())));
        service.answer(user, "me role-01 senior");
        home = new SlackHome(service, null, null, null, null, null, null);
        home.view(user, Optional.empty(), false);
    }

    @Benchmark
    public List<LayoutBlock> homeView() {
        return home.view(user, Optional.empty(), false);
    }
}
