package dev.skillbot.command;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogSource;
import dev.skillbot.i18n.Messages;

/** The one entry point every front end calls: command text in, card out. */
public final class CommandService {

    private final CatalogSource catalogs;
    private final CommandParser parser;
    private final CommandHandler handler;

    public CommandService(CatalogSource catalogs, CommandParser parser, CommandHandler handler) {
        this.catalogs = catalogs;
        this.parser = parser;
        this.handler = handler;
    }

    public CommandService(CatalogSource catalogs) {
        this(catalogs, new CommandParser(), new CommandHandler());
    }

    public Card answer(Invocation invocation, String text) {
        Catalog catalog = catalogs.current();
        Command command = parser.parse(text, catalog);
        return handler.handle(command, catalog, Messages.forLocale(invocation.locale()));
    }

    public CatalogSource catalogs() {
        return catalogs;
    }
}
