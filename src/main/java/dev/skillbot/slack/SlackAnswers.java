package dev.skillbot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.skillbot.card.Card;
import dev.skillbot.command.CommandService;
import dev.skillbot.command.Invocation;
import java.time.Duration;

/**
 * The JSON of private answers to {@code /skill}, kept per card. The core answers every command
 * (so lookups are counted, digest and proposal commands act on the channel and the database, and
 * open-suggestion counts stay current); only drawing and serialising a card already seen is
 * skipped. Cards are values, and each names the catalog revision, so a reload changes the keys.
 */
final class SlackAnswers {

    /** About 8 MB of JSON text: a few thousand ordinary cards. */
    static final long MAX_CHARACTERS = 8_000_000;

    private final CommandService commands;
    private final SlackCardRenderer renderer;
    private final Cache<Card, String> answers = Caffeine.newBuilder()
            .maximumWeight(MAX_CHARACTERS)
            .weigher((Card card, String json) -> 2 * json.length())
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    SlackAnswers(CommandService commands, SlackCardRenderer renderer) {
        this.commands = commands;
        this.renderer = renderer;
    }

    /** Exactly {@link SlackCardRenderer#json} of the card the core answers. */
    String json(Invocation invocation, String text) {
        return answers.get(commands.answer(invocation, text), renderer::json);
    }
}
