package dev.skillbot.suggestion;

import dev.skillbot.chat.Platform;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where proposals are kept. Implementations throw {@link StoreUnavailableException} when the
 * database cannot be reached, and never leave a proposal half-written.
 */
public interface ProposalStore {

    /** Saves a new proposal and returns it with its id. */
    Proposal insert(Proposal proposal);

    Optional<Proposal> find(long id);

    /** Open proposals, newest first, for one skill or (skill null) all skills. */
    List<Proposal> open(String skillId, int limit);

    long countOpen(String skillId);

    /** How many proposals are open for each skill that has any. */
    java.util.Map<String, Long> countOpenBySkill();

    /** Proposals in one status, oldest first: how start-up finds approvals a crash interrupted. */
    List<Proposal> inStatus(ProposalStatus status, int limit);

    Optional<Instant> oldestOpen(String skillId);

    /** How many proposals are in each status, for metrics. */
    java.util.Map<ProposalStatus, Long> countByStatus();

    long countByAuthorSince(Author author, Instant since);

    /**
     * Moves a proposal from {@code expected} to {@code next}, recording who, when and why, only if it is
     * still in {@code expected}: the one place where "decided once" is enforced.
     */
    boolean transition(long id, ProposalStatus expected, ProposalStatus next, Proposal.Verdict verdict);

    /**
     * {@link #transition} by a reviewer's decision: records their display name, as cards show it, and who
     * they are, so their {@code me forget} and {@code me export} find the suggestions they decided.
     */
    boolean decide(long id, ProposalStatus expected, ProposalStatus next, Author reviewer, String note, Instant at);

    void attachReviewMessage(long id, Proposal.ReviewMessage message);

    /** Open proposals of one platform created in the window given, whose review post is still missing; oldest first. */
    List<Proposal> awaitingReviewPost(Platform platform, Instant createdAfter, Instant createdBefore, int limit);

    /**
     * Claims the posting of a proposal's review post until {@code until}, unless it was posted or
     * another claim still runs: how replicas post each review exactly once.
     */
    boolean claimReviewPost(long id, String claimant, Instant until, Instant now);
}
