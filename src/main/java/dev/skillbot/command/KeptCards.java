package dev.skillbot.command;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.i18n.Messages;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The cards of read-only commands (lookups, comparisons, search, list, help), kept per catalog revision, language and
 * parsed command, so a repeated lookup skips building its card; a reload changes the revision and so the key. Entries
 * live 3 s, which with the 2 s freshness of the open-suggestion counts keeps a card's count within 5 s of the database,
 * also for changes made on another replica. Every other command is answered afresh each time.
 */
final class KeptCards {

    private static final Duration CARD_LIFETIME = Duration.ofSeconds(3);

    private final Cache<CardKey, CommandHandler.Handled> cards = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterWrite(CARD_LIFETIME)
            // Upkeep on the caller: a pool thread woken every few answers cost more CPU than the upkeep
            // (docs/performance.md, "Issue 19: Slack /skill vs no-op").
            .executor(Runnable::run)
            .recordStats()
            .build();

    private record CardKey(String revision, String locale, Command command) {}

    /** The kept card of a read-only command, else {@code build}'s (kept when read-only). */
    CommandHandler.Handled get(
            Catalog catalog, Messages messages, Command command, Supplier<CommandHandler.Handled> build) {
        return readOnly(command)
                ? cards.get(new CardKey(catalog.revision(), messages.localeTag(), command), key -> build.get())
                : build.get();
    }

    private static boolean readOnly(Command command) {
        return command instanceof Command.Lookup
                || command instanceof Command.Compare
                || command instanceof Command.CompareWithoutLevels
                || command instanceof Command.Search
                || command instanceof Command.ListSkills
                || command instanceof Command.Help;
    }

    void forgetAll() {
        cards.invalidateAll();
    }

    Cache<?, ?> cache() {
        return cards;
    }
}
