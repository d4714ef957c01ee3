package dev.skillbot.card;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A platform's rendering of cards, kept per card. The core still answers every command (so
 * lookups are counted and stateful commands act); only drawing and serialising a card already
 * seen is skipped. Cards are values that name their catalog revision, so a reload changes the
 * keys and a card from an older revision is never served. Sized by weight, with statistics.
 *
 * @param <R> what the platform sends, such as Block Kit JSON
 */
public final class RenderedCards<R> {

    private final String name;
    private final Function<Card, R> renderer;
    private final Cache<Card, R> cache;

    public RenderedCards(String name, Function<Card, R> renderer, ToIntFunction<R> weight, long maxWeight) {
        this.name = name;
        this.renderer = renderer;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxWeight)
                .weigher((Card card, R rendered) -> weight.applyAsInt(rendered))
                .expireAfterAccess(Duration.ofHours(1))
                .recordStats()
                .build();
    }

    public R render(Card card) {
        return cache.get(card, renderer);
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
        return cache.get(card, renderer);
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
