package dev.skillbot.slack;

import dev.skillbot.card.Card;
import dev.skillbot.chat.Platform;
import dev.skillbot.concurrent.DaemonThreads;
import dev.skillbot.me.DirectMessages;
import dev.skillbot.me.UserRef;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Direct messages of the personal feature on Slack: {@code chat.postMessage} to the user id opens
 * the conversation with the bot (scope {@code chat:write}). Sent on its own threads, paced and retried
 * like every post, so a slow Slack holds up no answer; a message Slack refuses completes with false.
 */
final class SlackDirectMessages implements DirectMessages, AutoCloseable {

    private final SlackMessenger web;
    private final SlackReaderLanguage readers;
    private final ExecutorService senders = Executors.newFixedThreadPool(2, DaemonThreads.numbered("slack-dm-"));

    SlackDirectMessages(SlackMessenger web, SlackReaderLanguage readers) {
        this.web = web;
        this.readers = readers;
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    @Override
    public String localeOf(UserRef user) {
        return readers.of(user.workspace(), user.user());
    }

    @Override
    public CompletableFuture<Boolean> send(UserRef to, Card card, String locale) {
        return CompletableFuture.supplyAsync(() -> web.post(to.user(), card).isPresent(), senders)
                .exceptionally(failure -> false);
    }

    @Override
    public void close() {
        senders.shutdownNow();
    }
}
