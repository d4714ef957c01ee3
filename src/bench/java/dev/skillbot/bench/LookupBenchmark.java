package dev.skillbot.bench;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Skill;
import dev.skillbot.catalog.SkillMatch;
import dev.skillbot.testing.SyntheticCatalog;
import java.util.List;
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

/** Exact, alias and typo-tolerant skill lookup on synthetic catalogs. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class LookupBenchmark {

    @Param({"1000", "10000", "100000"})
    int skills;

    private Catalog catalog;
    private String exactName;
    private String alias;
    private String typo;
    private String partial;

    @Setup
    public void load() {
        catalog = Fixtures.load(skills);
        int index = skills / 2 + 17;
        exactName = SyntheticCatalog.name(index);
        alias = SyntheticCatalog.alias(index);
        typo = exactName.substring(0, 3) + exactName.charAt(4) + exactName.charAt(3) + exactName.substring(5);
        partial = typo.substring(0, Math.min(9, typo.length()));
        if (!catalog.matcher().match(typo).matched()) {
            throw new IllegalStateException("typo fixture does not match: " + typo);
        }
    }

    @Benchmark
    public SkillMatch exactName() {
        return catalog.matcher().match(exactName);
    }

    @Benchmark
    public SkillMatch alias() {
        return catalog.matcher().match(alias);
    }

    @Benchmark
    public SkillMatch typo() {
        return catalog.matcher().match(typo);
    }

    /** What Discord autocomplete asks of the core: 25 ranked choices for a partly typed name. */
    @Benchmark
    public List<Skill> autocomplete() {
        return catalog.matcher().suggest(partial, 25);
    }
}
