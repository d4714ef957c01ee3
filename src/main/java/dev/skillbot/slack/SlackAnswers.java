package dev.skillbot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.skillbot.command.CommandService;
import dev.skillbot.command.Invocation;
import java.time.Duration;

/**
 * The JSON of private answers to {@code /skill}, kept per catalog revision, language and command
 * text: the core answers from those three alone, so a kept answer is the answer, and a catalog
 * reload changes the revision and with it every key. Popular lookups then cost a map read instead
 * of building, rendering and serialising the card on the request thread.
 */
final class SlackAnswers {

    /** About 8 MB of JSON text: a few thousand ordinary cards. */
    static final long MAX_CHARACTERS = 8_000_000;

    private record Key(String revision, String locale, String text) {
    }

    private final CommandService commands;
    private final SlackCardRenderer renderer;
    private final Cache<Key, String> answers = Caffeine.newBuilder()
            .maximumWeight(MAX_CHARACTERS)
            .weigher((Key key, String json) -> key.text().length() + json.length())
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    SlackAnswers(CommandService commands, SlackCardRenderer renderer) {
        this.commands = commands;
        this.renderer = renderer;
    }

    /** Exactly {@link SlackCardRenderer#json} of the card the core answers. */
    String json(Invocation invocation, String text) {
        Key key = new Key(commands.catalogs().current().revision(), invocation.locale(), text);
        return answers.get(key, missing -> renderer.json(commands.answer(invocation, text)));
    }
}
