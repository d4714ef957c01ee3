package dev.skillbot.discord;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.Labels;
import dev.skillbot.chat.Platform;
import dev.skillbot.i18n.ReaderLanguage;
import dev.skillbot.me.DirectMessages;
import dev.skillbot.me.UserRef;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Direct messages of the personal feature on Discord: JDA opens the private channel with the user
 * and sends the card there (no mention is parsed, like every message the bot sends). A user who
 * accepts no direct messages from the server's members makes Discord refuse it: that completes with false.
 */
final class DiscordDirectMessages implements DirectMessages {

    private static final Logger log = LoggerFactory.getLogger(DiscordDirectMessages.class);

    private final DiscordChannels channels;
    private final DiscordCardRenderer renderer;
    private final ReaderLanguage readers;

    DiscordDirectMessages(DiscordChannels channels, DiscordCardRenderer renderer, ReaderLanguage readers) {
        this.channels = channels;
        this.renderer = renderer;
        this.readers = readers;
    }

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    /** Their own choice, else English: Discord tells a user's locale only with their own interactions. */
    @Override
    public String localeOf(UserRef user) {
        return readers.of(Platform.DISCORD, user.workspace(), user.user(), () -> null, Labels.DEFAULT_LOCALE);
    }

    @Override
    public CompletableFuture<Boolean> send(UserRef to, Card card, String locale) {
        try {
            return channels.directMessage(to.user(), renderer.create(card, locale))
                    .thenApply(message -> true)
                    .exceptionally(failure -> {
                        log.info("Discord: a direct message was refused: {}", failure.toString());
                        return false;
                    });
        } catch (RuntimeException e) { // an id JDA cannot parse, or no shard running
            log.info("Discord: a direct message could not be sent: {}", e.toString());
            return CompletableFuture.completedFuture(false);
        }
    }
}
