package dev.skillbot.slack;

import dev.skillbot.card.Card;
import dev.skillbot.card.RenderedCards;
import dev.skillbot.chat.Invocation;
import dev.skillbot.command.CommandService;

/**
 * The JSON of private answers to {@code /skill}, drawn once per card. The core answers every
 * command (so lookups are counted, digest and proposal commands act on the channel and the
 * database, and open-suggestion counts stay current); only drawing and serialising a card already
 * seen is skipped, through the {@link RenderedCards} cache.
 */
final class AnswerJsonCache {

    /** About 8 MB of JSON text (two bytes a character): a few thousand ordinary cards. */
    static final long MAX_WEIGHT = 16_000_000;

    private final CommandService commands;
    private final RenderedCards<String> drawn;

    AnswerJsonCache(CommandService commands, RenderedCards<String> drawn) {
        this.commands = commands;
        this.drawn = drawn;
    }

    static RenderedCards<String> cache(SlackCardRenderer renderer) {
        return new RenderedCards<>("slack", renderer::json, json -> 2 * json.length(), MAX_WEIGHT);
    }

    /** Exactly {@link SlackCardRenderer#json} of the card the core answers, drawn in the invocation's language. */
    String json(Invocation invocation, String text) {
        return json(commands.answer(invocation, text), invocation.locale());
    }

    String json(Card card, String locale) {
        return drawn.render(card, SlackCardRenderer.forLocale(locale)::json);
    }
}
