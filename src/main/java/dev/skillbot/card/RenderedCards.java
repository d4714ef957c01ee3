package dev.skillbot.card;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import com.github.benmanes.caffeine.cache.stats.ConcurrentStatsCounter;
import com.github.benmanes.caffeine.cache.stats.StatsCounter;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A platform's rendering of cards, kept per card. The core still answers every command (so
 * lookups are counted and stateful commands act); only drawing and serialising a card already
 * seen is skipped. Cards are values that name their catalog revision, so a reload changes the
 * keys and a card from an older revision is never served. Sized by weight, with statistics.
 *
 * <p>A card is looked up by identity first: the card cache hands out one instance of a card for its
 * lifetime, and finding that instance's drawing by value hashed the whole card and compared it,
 * every text, block and control, with the instance first drawn, on every answer (a kilobyte of
 * garbage a cached Slack answer, docs/performance.md). The statistics count both ways alike.
 *
 * <p>Both caches do their upkeep (reads recorded, entries expired) on the calling thread, a few
 * cheap steps every few reads: handed to the common pool, each batch woke a pool thread, which cost
 * more CPU than the upkeep itself on every cached answer (docs/performance.md).
 *
 * @param <R> what the platform sends, such as Block Kit JSON
 */
public final class RenderedCards<R> {

    /** As many card instances as the card cache holds at most. */
    private static final int INSTANCES = 20_000;

    private final String name;
    private final Function<Card, R> renderer;
    private final Cache<Card, R> cache;
    /** Weak keys compare by identity, and an entry goes with its card instance. */
    private final Cache<Card, R> byInstance = Caffeine.newBuilder()
            .weakKeys()
            .maximumSize(INSTANCES)
            .executor(Runnable::run)
            .build();

    private final StatsCounter stats = new ConcurrentStatsCounter();

    public RenderedCards(String name, Function<Card, R> renderer, ToIntFunction<R> weight, long maxWeight) {
        this.name = name;
        this.renderer = renderer;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxWeight)
                .weigher((Card card, R rendered) -> weight.applyAsInt(rendered))
                .expireAfterAccess(Duration.ofHours(1))
                .executor(Runnable::run)
                .recordStats(() -> stats)
                .build();
    }

    public R render(Card card) {
        return render(card, renderer);
    }

    /** Draws the card without keeping it or counting it: the start-up warm-up's way in. */
    public R renderUncached(Card card) {
        return renderer.apply(card);
    }

    /**
     * The card drawn by {@code renderer} when it is not kept yet, such as a renderer for the reader's
     * language. A card's labels are in its language, so cards in two languages are two keys.
     */
    public R render(Card card, Function<Card, R> renderer) {
        R drawn = byInstance.getIfPresent(card);
        if (drawn != null) {
            stats.recordHits(1);
            return drawn;
        }
        drawn = cache.get(card, renderer);
        byInstance.put(card, drawn);
        return drawn;
    }

    public String name() {
        return name;
    }

    public CacheStats stats() {
        return cache.stats();
    }

    /** The underlying cache, for metrics binding. */
    public Cache<Card, R> cache() {
        return cache;
    }
}
