package dev.skillbot.discord;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.Labels;
import dev.skillbot.chat.Platform;
import dev.skillbot.i18n.ReaderLanguage;
import dev.skillbot.suggestion.Author;
import dev.skillbot.suggestion.Proposal;
import dev.skillbot.suggestion.ReviewChannel;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review flow's way into Discord: the review channel ({@code SKILLBOT_DISCORD_REVIEW_CHANNEL}),
 * in its server's language, and direct messages. Calls wait for Discord, within a bound, on the
 * flow's background threads.
 */
final class DiscordReviewChannel implements ReviewChannel {

    private static final Logger log = LoggerFactory.getLogger(DiscordReviewChannel.class);

    private final DiscordChannels channels;
    private final DiscordCardRenderer renderer;
    private final String channelId;
    private final Duration timeout;
    private final ReaderLanguage readers;

    DiscordReviewChannel(
            DiscordChannels channels,
            DiscordCardRenderer renderer,
            String channelId,
            Duration timeout,
            ReaderLanguage readers) {
        this.channels = channels;
        this.readers = readers;
        this.renderer = renderer;
        this.channelId = channelId == null ? "" : channelId.strip();
        this.timeout = timeout;
    }

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    @Override
    public boolean configured() {
        return !channelId.isEmpty();
    }

    /** Only the replica that runs the review channel's server (its shard) can post there. */
    @Override
    public boolean reachable() {
        return channels.channel(channelId).isPresent();
    }

    /** The review channel's server's language, if Skillbot has it, else English. */
    @Override
    public String locale() {
        return channels.channel(channelId)
                .flatMap(channel ->
                        ReaderLanguage.supported(channel.getGuild().getLocale().getLocale()))
                .orElse(Labels.DEFAULT_LOCALE);
    }

    /**
     * The language an author is told the outcome in: their own choice, else the review server's. Discord
     * tells a user's locale only with their interactions, and a decision comes from someone else's.
     */
    @Override
    public String localeOf(Author user) {
        return readers.of(Platform.DISCORD, user.workspace(), user.userId(), () -> null, locale());
    }

    @Override
    public Optional<Proposal.ReviewMessage> post(Card card) {
        Optional<GuildMessageChannel> channel = channels.channel(channelId);
        if (channel.isEmpty()) {
            log.warn(
                    "The review channel {} is not on a shard this process runs; the suggestion is saved but not posted",
                    channelId);
            return Optional.empty();
        }
        return waitFor(
                        "post to the review channel",
                        () -> channel.get()
                                .sendMessage(renderer.create(card, locale()))
                                .submit())
                .map(posted -> new Proposal.ReviewMessage(
                        channel.get().getId(), posted.getId(), DiscordChannels.link(channel.get(), posted.getId())));
    }

    @Override
    public void update(Proposal.ReviewMessage message, Card card) {
        channels.channel(message.channel())
                .ifPresent(channel -> waitFor(
                        "update of a review post",
                        () -> channel.editMessageById(message.messageId(), renderer.edit(card, locale()))
                                .submit()));
    }

    @Override
    public void tell(Author user, String text) {
        tell(user, DiscordCardRenderer.notice(text));
    }

    @Override
    public void tell(Author user, Card card) {
        waitFor("direct message", () -> channels.directMessage(user.userId(), renderer.create(card, locale())));
    }

    private <T> Optional<T> waitFor(String what, Supplier<CompletableFuture<T>> request) {
        try {
            return Optional.of(request.get().get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.warn("Discord {} failed: {}", what, e.toString());
        }
        return Optional.empty();
    }
}
