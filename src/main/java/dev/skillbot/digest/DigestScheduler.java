package dev.skillbot.digest;

import dev.skillbot.card.Card;
import dev.skillbot.chat.Platform;
import dev.skillbot.digest.follow.Follows;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;

/**
 * Posts each subscribed channel exactly one digest per week, across restarts and replicas: a
 * channel's week is claimed in the database before posting, and the message id recorded after.
 * A run at any time posts what is due and not yet claimed, so a replica that was down catches up
 * when it starts. A claim left without a message id is reconciled by looking for the post first.
 */
public final class DigestScheduler {

    private static final Logger log = LoggerFactory.getLogger(DigestScheduler.class);
    private static final String FOLLOWER_PREFIX = "dm:";

    private final DigestService digests;
    private final Subscriptions subscriptions;
    private final DigestClaims claims;
    private final Follows follows;
    private final Map<Platform, DigestPublisher> publishers;
    private final CronExpression cron;
    private final Clock clock;
    private final String replica;
    private final Duration reconcileAfter;
    private final int unsubscribeAfter;

    public DigestScheduler(
            DigestService digests,
            Subscriptions subscriptions,
            DigestClaims claims,
            Follows follows,
            List<DigestPublisher> publishers,
            CronExpression cron,
            Clock clock,
            String replica,
            Duration reconcileAfter,
            int unsubscribeAfter) {
        this.digests = digests;
        this.subscriptions = subscriptions;
        this.claims = claims;
        this.follows = follows;
        this.publishers = publishers.stream().collect(Collectors.toUnmodifiableMap(DigestPublisher::platform, p -> p));
        this.cron = cron;
        this.clock = clock;
        this.replica = replica;
        this.reconcileAfter = reconcileAfter;
        this.unsubscribeAfter = unsubscribeAfter;
    }

    /** The latest scheduled time at or before {@code now}, within the last eight days. */
    Optional<ZonedDateTime> lastFire(Instant now) {
        ZonedDateTime at = ZonedDateTime.ofInstant(now, digests.zone());
        ZonedDateTime candidate = cron.next(at.minusDays(8));
        ZonedDateTime last = null;
        while (candidate != null && !candidate.isAfter(at)) {
            last = candidate;
            candidate = cron.next(candidate);
        }
        return Optional.ofNullable(last);
    }

    public Optional<DigestRun> runDue() {
        Instant now = clock.instant();
        Optional<ZonedDateTime> fired = lastFire(now);
        if (fired.isEmpty()) {
            return Optional.empty();
        }
        IsoWeek week = IsoWeek.endedBy(fired.get().toInstant(), digests.zone());
        DigestRun run = new DigestRun(week);
        reconcile(now, run);
        for (Subscription subscription : subscriptions.all()) {
            DigestPublisher publisher = publishers.get(subscription.platform());
            boolean due = publisher != null
                    && subscription.createdAt().isBefore(fired.get().toInstant())
                    && publisher.reaches(subscription);
            if (due && claims.claim(subscription.platform(), subscription.channel(), week, replica, now)) {
                deliver(publisher, subscription, week, run);
            }
        }
        notifyFollowers(week, now, run);
        if (!run.posted().isEmpty()
                || !run.failed().isEmpty()
                || !run.reconciled().isEmpty()) {
            log.info("{}", run);
        }
        return Optional.of(run);
    }

    private void deliver(DigestPublisher publisher, Subscription subscription, IsoWeek week, DigestRun run) {
        String where = subscription.platform() + "/" + subscription.channel();
        try {
            Card card = digests.compose(subscription.scope(), week, subscription.locale());
            String messageId = publisher.publish(subscription, card);
            claims.recordPosted(subscription.platform(), subscription.channel(), week, messageId, clock.instant());
            subscriptions.resetFailures(subscription.platform(), subscription.channel());
            run.posted().add(where);
        } catch (DigestPublisher.DeliveryException e) {
            run.failed().add(where + ": " + e.getMessage());
            if (e.channelGone()) {
                claims.recordOutcome(
                        subscription.platform(), subscription.channel(), week, "failed: " + e.getMessage());
                int failures = subscriptions.recordFailure(subscription.platform(), subscription.channel());
                if (failures >= unsubscribeAfter) {
                    subscriptions.unsubscribe(subscription.platform(), subscription.channel());
                    run.unsubscribed().add(where);
                    log.warn(
                            "Unsubscribed {} from the digest after {} failed deliveries: {}",
                            where,
                            failures,
                            e.getMessage());
                }
            }
            // Otherwise the claim stays open: the reconciler looks for the post before trying again.
        } catch (RuntimeException e) {
            run.failed().add(where + ": " + e.getMessage());
            log.warn("Digest for {} failed: {}", where, e.toString());
        }
    }

    private void reconcile(Instant now, DigestRun run) {
        for (DigestClaims.Claim claim : claims.unfinished(now.minus(reconcileAfter))) {
            Optional<Subscription> subscription = subscriptions.find(claim.platform(), claim.channel());
            DigestPublisher publisher = publishers.get(claim.platform());
            if (subscription.isEmpty()
                    || publisher == null
                    || !publisher.reaches(subscription.get())
                    || !claims.takeOver(claim, replica, now)) {
                continue;
            }
            try {
                Optional<String> existing = publisher.findPosted(subscription.get(), claim.week());
                if (existing.isPresent()) {
                    claims.recordPosted(claim.platform(), claim.channel(), claim.week(), existing.get(), now);
                    run.reconciled().add(claim.platform() + "/" + claim.channel() + " " + claim.week());
                } else {
                    deliver(publisher, subscription.get(), claim.week(), run);
                }
            } catch (DigestPublisher.DeliveryException e) {
                run.failed().add(claim.platform() + "/" + claim.channel() + ": " + e.getMessage());
            }
        }
    }

    /** Followers of skills that changed get one private note per week, claimed like a channel. */
    private void notifyFollowers(IsoWeek week, Instant now, DigestRun run) {
        Map<Follows.Follower, List<String>> bySkill = digests.changes(week).stream()
                .map(CatalogChange::skillId)
                .distinct()
                .flatMap(skillId -> follows.followers(skillId).stream().map(follower -> Map.entry(follower, skillId)))
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        bySkill.forEach((follower, skills) -> {
            DigestPublisher publisher = publishers.get(follower.platform());
            String channel = FOLLOWER_PREFIX + follower.userId();
            if (publisher == null || !claims.claim(follower.platform(), channel, week, replica, now)) {
                return;
            }
            digests.followerNote(skills, week, follower.locale()).ifPresent(card -> {
                try {
                    publisher.notifyUser(follower.workspace(), follower.userId(), card, follower.locale());
                    claims.recordPosted(follower.platform(), channel, week, "dm", now);
                    run.posted().add(follower.platform() + "/" + channel);
                } catch (DigestPublisher.DeliveryException e) {
                    claims.recordOutcome(follower.platform(), channel, week, "failed: " + e.getMessage());
                    run.failed().add(follower.platform() + "/" + channel + ": " + e.getMessage());
                }
            });
        });
    }
}
