package dev.skillbot.bench;

import dev.skillbot.SkillbotApplication;
import dev.skillbot.card.Card;
import dev.skillbot.card.RenderedCards;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.chat.Invocation;
import dev.skillbot.command.CommandService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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
 * A whole command per platform: parse, match, build the card and draw it as that platform's
 * message (terminal text, Block Kit JSON, Discord JSON); and the same through the card cache.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RenderBenchmark {

    @Param({"text", "slack", "discord"})
    String platform;

    private CommandService service;
    private Function<Card, String> renderer;
    private RenderedCards<String> cache;
    private final Invocation invocation = Invocation.cli("en");
    private int miss;

    @Setup
    public void load() {
        Catalog catalog = Fixtures.bundled();
        service = new CommandService(() -> catalog);
        renderer = SkillbotApplication.cardFormats().get(platform);
        cache = new RenderedCards<>(platform, renderer, String::length, 64 * 1024 * 1024);
    }

    @Benchmark
    public String parseMatchBuildRender() {
        return renderer.apply(service.answer(invocation, "gitops senior"));
    }

    /** The card is built each time; its drawing comes from the cache. */
    @Benchmark
    public String cacheHit() {
        return cache.render(service.answer(invocation, "gitops senior"));
    }

    /** A card the cache has not seen: the roles rotate so each lookup is new to a fresh cache. */
    @Benchmark
    public String cacheMiss() {
        cache.cache().invalidateAll();
        return cache.render(service.answer(invocation, (miss++ % 2 == 0) ? "gitops senior sre" : "gitops lead infra"));
    }
}
