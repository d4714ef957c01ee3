package dev.skillbot.suggestion;

import dev.skillbot.chat.Platform;
import java.util.Map;
import java.util.Set;

/**
 * Who may decide. Per platform, a set of ids: Slack user or user-group ids, Discord role ids.
 * The adapter passes the groups or roles the clicking user belongs to, checked on every click.
 * Four eyes by default: an author may not approve their own suggestion unless
 * {@code selfApproval} is on (teams of one).
 */
public final class ReviewPolicy {

    private final Map<Platform, Set<String>> reviewers;
    private final boolean selfApproval;

    public ReviewPolicy(Map<Platform, Set<String>> reviewers, boolean selfApproval) {
        this.reviewers = Map.copyOf(reviewers);
        this.selfApproval = selfApproval;
    }

    public boolean allows(Author user, Set<String> memberships) {
        Set<String> allowed = reviewers.getOrDefault(user.platform(), Set.of());
        return allowed.contains(user.userId()) || memberships.stream().anyMatch(allowed::contains);
    }

    /** Whether this reviewer may approve this proposal, as far as authorship goes. */
    public boolean mayApprove(Author reviewer, Proposal proposal) {
        return selfApproval || !reviewer.sameAs(proposal.author());
    }

    public boolean selfApproval() {
        return selfApproval;
    }

    public Set<String> reviewerIds(Platform platform) {
        return reviewers.getOrDefault(platform, Set.of());
    }
}
