package dev.skillbot.digest;

import dev.skillbot.command.Platform;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Subscriptions, follows, claims, catalog changes and lookup counts, kept in the database. */
public interface DigestStore {

    /** Subscribes a channel, replacing its scope if it was subscribed already. */
    void subscribe(Subscription subscription);

    boolean unsubscribe(Platform platform, String channel);

    Optional<Subscription> subscription(Platform platform, String channel);

    List<Subscription> subscriptions();

    /** Counts a failed delivery and returns how many failed in a row. */
    int recordFailure(Platform platform, String channel);

    void resetFailures(Platform platform, String channel);

    /** Claims the digest of a week for a channel; true for exactly one caller, whichever replica it runs in. */
    boolean claim(Platform platform, String channel, IsoWeek week, String claimant, Instant at);

    /** A claim still without a message id, older than {@code before}: a post may or may not have happened. */
    List<Claim> unfinishedClaims(Instant before);

    /** Takes over an unfinished claim from whoever left it; true for exactly one caller. */
    boolean takeOver(Claim claim, String claimant, Instant at);

    void recordPosted(Platform platform, String channel, IsoWeek week, String messageId, Instant at);

    void recordOutcome(Platform platform, String channel, IsoWeek week, String outcome);

    /** Forgets a claim whose post certainly did not happen, so a later run may try again. */
    void releaseClaim(Platform platform, String channel, IsoWeek week);

    Optional<Claim> claimOf(Platform platform, String channel, IsoWeek week);

    void recordChanges(List<CatalogChange> changes);

    List<CatalogChange> changesBetween(Instant from, Instant to);

    void addLookups(IsoWeek week, Map<String, Long> countsBySkill);

    /** The most looked-up skills of a week, most first. */
    List<Map.Entry<String, Long>> topLookups(IsoWeek week, int limit);

    /** Follows a skill; the follower's notes come in {@code locale}. False when the user already follows it. */
    boolean follow(Platform platform, String workspace, String userId, String skillId, String locale, Instant at);

    boolean unfollow(Platform platform, String userId, String skillId);

    boolean follows(Platform platform, String userId, String skillId);

    /** Users following a skill, as (platform, user id) pairs. */
    List<Follower> followers(String skillId);

    record Claim(Platform platform, String channel, IsoWeek week, String claimedBy, Instant claimedAt, String messageId) {
    }

    record Follower(Platform platform, String workspace, String userId, String locale) {
    }
}
