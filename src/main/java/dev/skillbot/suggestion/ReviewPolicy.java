package dev.skillbot.suggestion;

import dev.skillbot.command.Platform;
import java.util.Map;
import java.util.Set;

/**
 * Who may decide. Per platform, a set of ids: Slack user or user-group ids, Discord role ids.
 * The adapter passes the groups or roles the clicking user belongs to, checked on every click.
 */
public final class ReviewPolicy {

    private final Map<Platform, Set<String>> reviewers;

    public ReviewPolicy(Map<Platform, Set<String>> reviewers) {
        this.reviewers = Map.copyOf(reviewers);
    }

    public boolean allows(Author user, Set<String> memberships) {
        Set<String> allowed = reviewers.getOrDefault(user.platform(), Set.of());
        return allowed.contains(user.userId()) || memberships.stream().anyMatch(allowed::contains);
    }

    public Set<String> reviewerIds(Platform platform) {
        return reviewers.getOrDefault(platform, Set.of());
    }
}
