package dev.skillbot.command;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.i18n.Messages;

/** The channel digest commands; the digest feature provides them, the command line has none. */
public interface DigestCommands {

    Card handle(Command.Digest command, Invocation invocation, Catalog catalog, Messages messages);
}
