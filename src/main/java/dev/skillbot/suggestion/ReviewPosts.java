package dev.skillbot.suggestion;

import dev.skillbot.chat.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The review posts still to send, kept with the proposals themselves (an outbox): a replica
 * claims a post for a while before it sends it and records the message after, so each review is
 * posted once, by a replica that can reach its channel; a claim whose replica died runs out and
 * another replica takes it.
 */
public final class ReviewPosts {

    static final Duration CLAIM = Duration.ofMinutes(1);
    /** The replica that saved a suggestion gets this long to post it before the others look. */
    static final Duration FIRST_TRY = Duration.ofSeconds(5);
    /** Review posts still missing after this are left to /skill proposals. */
    static final Duration GIVE_UP = Duration.ofDays(1);

    private final ProposalStore store;
    private final Clock clock;
    private final String replica;

    public ReviewPosts(ProposalStore store, Clock clock) {
        this(store, clock, "replica-" + UUID.randomUUID().toString().substring(0, 8));
    }

    ReviewPosts(ProposalStore store, Clock clock, String replica) {
        this.store = store;
        this.clock = clock;
        this.replica = replica;
    }

    boolean claim(long proposalId) {
        Instant now = clock.instant();
        return store.claimReviewPost(proposalId, replica, now.plus(CLAIM), now);
    }

    void posted(long proposalId, Proposal.ReviewMessage message) {
        store.attachReviewMessage(proposalId, message);
    }

    /** Open proposals of a platform without their review post, saved long enough ago that their own replica had its try. */
    List<Proposal> waiting(Platform platform) {
        Instant now = clock.instant();
        return store.awaitingReviewPost(platform, now.minus(GIVE_UP), now.minus(FIRST_TRY), 50);
    }
}
