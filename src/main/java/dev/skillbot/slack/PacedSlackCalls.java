package dev.skillbot.slack;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import dev.skillbot.digest.DigestPublisher.DeliveryException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Web API calls made off the request thread, such as posting digests, review posts and private
 * notes. Posts to one channel are paced (Slack allows about one message a second a channel); a
 * 429 is retried after its {@code Retry-After}, a 5xx or network failure after an exponential
 * backoff, until a bounded total time has passed. Errors that retrying cannot cure (the channel
 * is gone, the bot was removed) fail at once with {@code channelGone}. All waiting goes through
 * the {@link Sleeper}, all time through the {@link Clock}.
 */
final class PacedSlackCalls {

    /** Errors after which posting to the channel or user can never succeed. */
    static final Set<String> GONE = Set.of(
            "channel_not_found",
            "not_in_channel",
            "is_archived",
            "account_inactive",
            "user_not_found",
            "user_disabled",
            "cannot_dm_bot",
            "team_access_not_granted");

    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    @FunctionalInterface
    interface Call<T extends SlackApiTextResponse> {
        T call() throws IOException, SlackApiException;
    }

    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration perChannel;
    private final Duration giveUpAfter;
    /** When each channel may next be posted to; forgotten once long past. */
    private final Map<String, Instant> nextPost = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(10))
            .<String, Instant>build()
            .asMap();

    PacedSlackCalls(Clock clock, Sleeper sleeper, Duration perChannel, Duration giveUpAfter) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.perChannel = perChannel;
        this.giveUpAfter = giveUpAfter;
    }

    /** A message posted to {@code channel} (or a user id, for a direct message): paced, then {@link #call}. */
    <T extends SlackApiTextResponse> T post(String channel, Call<T> call) throws DeliveryException {
        Instant now = clock.instant();
        Instant slot = nextPost.compute(
                        channel, (key, next) -> (next == null || next.isBefore(now) ? now : next).plus(perChannel))
                .minus(perChannel);
        pause(Duration.between(now, slot));
        return call(call);
    }

    /** One Web API call, retried as long as retrying can help and time allows; an {@code ok} response or an exception. */
    <T extends SlackApiTextResponse> T call(Call<T> call) throws DeliveryException {
        Instant deadline = clock.instant().plus(giveUpAfter);
        Duration backoff = FIRST_BACKOFF;
        while (true) {
            Duration wait;
            String problem;
            try {
                T response = call.call();
                if (response.isOk()) {
                    return response;
                }
                String error = response.getError() == null ? "unknown_error" : response.getError();
                throw new DeliveryException(error, GONE.contains(error));
            } catch (SlackApiException e) {
                int status = e.getResponse().code();
                String error = e.getError() == null ? "" : e.getError().getError();
                if (status == 429) {
                    wait = retryAfter(e.getResponse().header("Retry-After"));
                    problem = "rate limited (429)";
                } else if (status >= 500) {
                    wait = backoff;
                    backoff = next(backoff);
                    problem = "HTTP " + status;
                } else {
                    throw new DeliveryException(
                            "HTTP " + status + (error == null || error.isEmpty() ? "" : " " + error),
                            error != null && GONE.contains(error));
                }
            } catch (IOException e) {
                wait = backoff;
                backoff = next(backoff);
                problem = e.toString();
            }
            if (clock.instant().plus(wait).isAfter(deadline)) {
                throw new DeliveryException("gave up after " + giveUpAfter.toSeconds() + " s: " + problem, false);
            }
            pause(wait);
        }
    }

    private void pause(Duration duration) throws DeliveryException {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted while waiting to retry", false);
        }
    }

    private static Duration retryAfter(String header) {
        try {
            return Duration.ofSeconds(Math.max(1, Long.parseLong(header == null ? "" : header.strip())));
        } catch (NumberFormatException e) {
            return FIRST_BACKOFF;
        }
    }

    private static Duration next(Duration backoff) {
        Duration doubled = backoff.multipliedBy(2);
        return doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
    }
}
