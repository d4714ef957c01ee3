package dev.skillbot.discord;

import dev.skillbot.card.Card;
import dev.skillbot.chat.Platform;
import dev.skillbot.digest.DigestPublisher;
import dev.skillbot.digest.IsoWeek;
import dev.skillbot.digest.Subscription;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;

/**
 * Posts digests to Discord channels and follower notes as direct messages, for the digest
 * scheduler's own thread: each request is submitted to JDA (which keeps to Discord's rate limits)
 * and waited for with a bounded timeout, never on a JDA thread. A channel is handled by the
 * process that runs its guild's shard; the scheduler leaves the others to their replica. A
 * deleted channel, a guild the bot left, or a channel it may no longer post in count as gone.
 */
final class DiscordDigestPublisher implements DigestPublisher {

    private static final int HISTORY = 50;
    private static final Set<ErrorResponse> GONE = EnumSet.of(
            ErrorResponse.UNKNOWN_CHANNEL,
            ErrorResponse.UNKNOWN_GUILD,
            ErrorResponse.MISSING_ACCESS,
            ErrorResponse.MISSING_PERMISSIONS);

    private final DiscordChannels channels;
    private final DiscordCardRenderer renderer;
    private final Duration timeout;

    DiscordDigestPublisher(DiscordChannels channels, DiscordCardRenderer renderer, Duration timeout) {
        this.channels = channels;
        this.renderer = renderer;
        this.timeout = timeout;
    }

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    @Override
    public boolean reaches(Subscription subscription) {
        return channels.shardFor(subscription.workspace()).isPresent();
    }

    @Override
    public String publish(Subscription subscription, Card card) throws DeliveryException {
        GuildMessageChannel channel = channel(subscription);
        return await(
                () -> channel.sendMessage(renderer.create(card, subscription.locale()))
                        .submit(),
                Message::getId,
                "post to " + channel.getId());
    }

    /** The digest of that week among the channel's latest messages: one of Skillbot's, titled with the week. */
    @Override
    public Optional<String> findPosted(Subscription subscription, IsoWeek week) throws DeliveryException {
        GuildMessageChannel channel = channel(subscription);
        String selfId = channel.getJDA().getSelfUser().getId();
        return await(
                () -> channel.getHistory().retrievePast(HISTORY).submit(),
                messages -> messages.stream()
                        .filter(message -> message.getAuthor().getId().equals(selfId))
                        .filter(message -> message.getEmbeds().stream()
                                .map(MessageEmbed::getTitle)
                                .anyMatch(title -> title != null && title.contains(week.toString())))
                        .map(Message::getId)
                        .findFirst(),
                "read the history of " + channel.getId());
    }

    @Override
    public void notifyUser(String workspace, String userId, Card card, String locale) throws DeliveryException {
        await(
                () -> channels.directMessage(userId, renderer.create(card, locale)),
                Message::getId,
                "message user " + userId);
    }

    private GuildMessageChannel channel(Subscription subscription) throws DeliveryException {
        if (channels.shardFor(subscription.workspace()).isEmpty()) {
            throw new DeliveryException(
                    "the server " + subscription.workspace() + " is not served by this process right now", false);
        }
        return channels.channel(subscription.channel())
                .orElseThrow(() -> new DeliveryException("Unknown Channel " + subscription.channel(), true));
    }

    /** Starts a request and waits for it; starting may itself fail, such as for a permission JDA checks first. */
    private <T, R> R await(Supplier<CompletableFuture<T>> request, Function<T, R> result, String what)
            throws DeliveryException {
        try {
            return result.apply(request.get().get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted while waiting to " + what, false);
        } catch (TimeoutException e) {
            throw new DeliveryException("Discord did not answer within " + timeout + " to " + what, false);
        } catch (ExecutionException e) {
            throw failure(e.getCause(), what);
        } catch (RuntimeException e) {
            throw failure(e, what);
        }
    }

    private static DeliveryException failure(Throwable cause, String what) {
        if (cause instanceof ErrorResponseException error) {
            return new DeliveryException(
                    error.getMeaning() + " (" + error.getErrorCode() + ") trying to " + what,
                    GONE.contains(error.getErrorResponse()));
        }
        if (cause instanceof InsufficientPermissionException missing) {
            return new DeliveryException(
                    "missing permission " + missing.getPermission().getName() + " to " + what, true);
        }
        return new DeliveryException(cause + " trying to " + what, false);
    }
}
