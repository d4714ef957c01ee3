package dev.skillbot.slack;

import dev.skillbot.card.Card;
import dev.skillbot.card.RenderedCards;
import dev.skillbot.chat.Invocation;
import dev.skillbot.command.CommandService;
import java.util.function.Function;

/**
 * The JSON of private answers to {@code /skill}, drawn and encoded to UTF-8 once per card. The core
 * answers every command (so lookups are counted, digest and proposal commands act on the channel and
 * the database, and open-suggestion counts stay current); only drawing, serialising and encoding a
 * card already seen is skipped, through the {@link RenderedCards} cache.
 */
final class AnswerJsonCache {

    /** About 16 MB: each answer's text (ASCII, one byte a character) and its UTF-8 bytes; a few thousand cards. */
    static final long MAX_WEIGHT = 16_000_000;

    private final CommandService commands;
    private final RenderedCards<EncodedJson> drawn;

    AnswerJsonCache(CommandService commands, RenderedCards<EncodedJson> drawn) {
        this.commands = commands;
        this.drawn = drawn;
    }

    static RenderedCards<EncodedJson> cache(SlackCardRenderer renderer) {
        return new RenderedCards<>("slack", encoding(renderer), EncodedJson::weight, MAX_WEIGHT);
    }

    /** Exactly {@link SlackCardRenderer#json} of the card the core answers, drawn in the invocation's language. */
    EncodedJson json(Invocation invocation, String text) {
        return json(commands.answer(invocation, text), invocation.locale());
    }

    EncodedJson json(Card card, String locale) {
        return drawn.render(card, encoding(SlackCardRenderer.forLocale(locale)));
    }

    private static Function<Card, EncodedJson> encoding(SlackCardRenderer renderer) {
        return card -> EncodedJson.of(renderer.json(card));
    }
}
