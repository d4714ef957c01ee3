package dev.skillbot.discord;

import dev.skillbot.chat.Platform;
import dev.skillbot.me.PostedCards;
import dev.skillbot.me.Shares;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes a stopped share's card from the guild channel it was posted in. Only the replica that runs the guild's
 * shard can: elsewhere the card waits for that replica's sweep. A channel gone from a guild this replica serves
 * (deleted, or the bot removed), and a message already deleted, count as down: nothing is left to take down.
 */
final class DiscordPostedCards implements PostedCards {

    private static final Logger log = LoggerFactory.getLogger(DiscordPostedCards.class);
    private static final Set<ErrorResponse> GONE = EnumSet.of(
            ErrorResponse.UNKNOWN_MESSAGE,
            ErrorResponse.UNKNOWN_CHANNEL,
            ErrorResponse.UNKNOWN_GUILD,
            ErrorResponse.MISSING_ACCESS);

    private final DiscordChannels channels;
    private final Duration timeout;

    DiscordPostedCards(DiscordChannels channels, Duration timeout) {
        this.channels = channels;
        this.timeout = timeout;
    }

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    @Override
    public Outcome takeDown(Shares.Post post) {
        try {
            if (channels.shardFor(post.workspace()).isEmpty()) {
                return Outcome.LATER; // another replica's guild, or its shard is not connected now
            }
            Optional<GuildMessageChannel> channel = channels.channel(post.channel());
            if (channel.isEmpty()) {
                return Outcome.DOWN; // the channel is gone from a guild served here
            }
            channel.get().deleteMessageById(post.message()).submit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return Outcome.DOWN;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ErrorResponseException error && GONE.contains(error.getErrorResponse())) {
                return Outcome.DOWN;
            }
            log.info("Discord: a share's card could not be taken down now: {}", String.valueOf(e.getCause()));
            return Outcome.LATER;
        } catch (TimeoutException | RuntimeException e) {
            log.info("Discord: a share's card could not be taken down now: {}", e.toString());
            return Outcome.LATER;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.LATER;
        }
    }
}
