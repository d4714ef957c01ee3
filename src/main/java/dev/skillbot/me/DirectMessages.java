package dev.skillbot.me;

import dev.skillbot.card.Card;
import dev.skillbot.chat.Platform;
import java.util.concurrent.CompletableFuture;

/**
 * How the personal feature reaches one person privately on their platform: a direct message, such
 * as telling someone that progress was shared with them. Each chat adapter implements it; where
 * there is none (the command line), nobody is told.
 */
public interface DirectMessages {

    Platform platform();

    /** The language to write to this person in. */
    String localeOf(UserRef user);

    /** Sends the card to the person; completes with whether the platform took it (never exceptionally). */
    CompletableFuture<Boolean> send(UserRef to, Card card, String locale);
}
