package dev.skillbot.command;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.chat.Invocation;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import java.util.List;

/** The channel digest commands; the digest feature provides them, the command line has none. */
public interface DigestCommands {

    /** Where no digest feature runs: every digest command says digests are unavailable. */
    DigestCommands NONE = (command, invocation, catalog, messages) -> new MessageCardBuilder(
                    catalog, new CardParts(catalog, messages, SuggestionsView.NONE))
            .error(MessageKey.DIGEST_UNAVAILABLE, List.of());

    /** Where no channel has a digest (the command line): says where digests are set up. */
    DigestCommands NOT_HERE = (command, invocation, catalog, messages) -> new MessageCardBuilder(
                    catalog, new CardParts(catalog, messages, SuggestionsView.NONE))
            .error(MessageKey.DIGEST_NOT_HERE, List.of());

    Card handle(Command.Digest command, Invocation invocation, Catalog catalog, Messages messages);
}
