package dev.skillbot.web;

import dev.skillbot.bench.Fixtures;
import dev.skillbot.catalog.Catalog;
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

/**
 * A skill page rendered on the server as {@code GET /skills/{id}} renders it (page model, then the
 * precompiled templates to a string), on a synthetic catalog, a different skill each call; and the
 * same page with a comparison, whose word diffs cost the most.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SkillPageBenchmark {

    @Param({"10000"})
    int skills;

    private Pages pages;
    private String[] ids;
    private int next;

    @Setup
    public void load() {
        Catalog catalog = Fixtures.load(skills);
        pages = new Pages(catalog);
        ids = catalog.skills().stream().map(skill -> skill.id()).toArray(String[]::new);
    }

    @Benchmark
    public String skillPage() {
        return pages.skill(ids[next++ % ids.length], "en", null, null, null, null);
    }

    @Benchmark
    public String skillPageWithComparison() {
        return pages.skill(ids[next++ % ids.length], "en", null, null, "senior", "lead");
    }
}
