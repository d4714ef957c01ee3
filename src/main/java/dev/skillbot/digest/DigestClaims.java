package dev.skillbot.digest;

import dev.skillbot.chat.Platform;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who posts a channel's digest of a week: one claim per (platform, channel, week), whichever replica
 * makes it, then the message id once posted, or how it failed.
 */
public interface DigestClaims {

    /** Claims the digest of a week for a channel; true for exactly one caller, whichever replica it runs in. */
    boolean claim(Platform platform, String channel, IsoWeek week, String claimant, Instant at);

    /** Claims still without a message id or an outcome, made before {@code before}: a post may or may not have happened. */
    List<Claim> unfinished(Instant before);

    /** Takes over an unfinished claim from whoever left it; true for exactly one caller. */
    boolean takeOver(Claim claim, String claimant, Instant at);

    void recordPosted(Platform platform, String channel, IsoWeek week, String messageId, Instant at);

    /** Why the post failed; a long outcome is cut short. */
    void recordOutcome(Platform platform, String channel, IsoWeek week, String outcome);

    /** Forgets a claim whose post certainly did not happen, so a later run may try again. */
    void release(Platform platform, String channel, IsoWeek week);

    Optional<Claim> find(Platform platform, String channel, IsoWeek week);

    record Claim(
            Platform platform, String channel, IsoWeek week, String claimedBy, Instant claimedAt, String messageId) {}
}
