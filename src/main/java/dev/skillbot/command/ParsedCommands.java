package dev.skillbot.command;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.skillbot.catalog.Catalog;

/**
 * The current catalog's parsed commands, by text. Parsing the same few texts again and again was the
 * larger part of a cached {@code /skill} answer's own CPU (docs/performance.md); a parse depends only
 * on the text and the catalog, which is checked by identity, so a reload starts afresh. {@code me …}
 * texts carry personal words (comments, ids, marks) and are never kept past their answer.
 */
final class ParsedCommands {

    private static final int MAX = 5_000;

    private record Held(Catalog catalog, Cache<String, Command> commands) {}

    private final CommandParser parser;
    private volatile Held held;

    ParsedCommands(CommandParser parser) {
        this.parser = parser;
    }

    Command parse(String text, Catalog catalog) {
        if (text == null || text.length() > CommandParser.MAX_LENGTH) {
            return parser.parse(text, catalog); // refused at once, and not worth keeping
        }
        Held current = held;
        if (current == null || current.catalog() != catalog) {
            // Upkeep on the caller, as for the card cache (CommandService).
            current = new Held(
                    catalog,
                    Caffeine.newBuilder()
                            .maximumSize(MAX)
                            .executor(Runnable::run)
                            .build());
            held = current;
        }
        Command command = current.commands().getIfPresent(text);
        if (command == null) {
            command = parser.parse(text, catalog);
            if (!isAboutMe(command)) {
                current.commands().put(text, command);
            }
        }
        return command;
    }

    private static boolean isAboutMe(Command command) {
        return command instanceof Command.Personal personal && personal.kind() == Command.Personal.Kind.ME;
    }
}
