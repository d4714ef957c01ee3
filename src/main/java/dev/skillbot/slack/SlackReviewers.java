package dev.skillbot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.usergroups.users.UsergroupsUsersListResponse;
import dev.skillbot.digest.DigestProperties.SlackRule;
import dev.skillbot.suggestion.Author;
import dev.skillbot.suggestion.ProposalService;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may decide suggestions and change a channel's digest. Reviewers are Slack user ids
 * ({@code U...}) and user-group ids ({@code S...}); a group's members are read with
 * {@code usergroups.users.list} and kept for a minute, so every click is checked on the server
 * against a recent list without a Web API call each time.
 */
final class SlackReviewers {

    static final Duration MEMBERS_KEPT = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(SlackReviewers.class);

    private final MethodsClient methods;
    private final ProposalService proposals;
    private final List<String> groups;
    private final SlackRule digestRule;
    private final Cache<String, Set<String>> members = Caffeine.newBuilder()
            .expireAfterWrite(MEMBERS_KEPT)
            .maximumSize(1_000)
            .build();

    SlackReviewers(MethodsClient methods, ProposalService proposals, List<String> reviewerIds, SlackRule digestRule) {
        this.methods = methods;
        this.proposals = proposals;
        this.groups = reviewerIds.stream()
                .map(String::strip)
                .filter(id -> id.startsWith("S"))
                .distinct()
                .toList();
        this.digestRule = digestRule;
    }

    /** The configured user groups the user belongs to. */
    Set<String> memberships(String userId) {
        return groups.stream()
                .filter(group -> membersOf(group).contains(userId))
                .collect(Collectors.toUnmodifiableSet());
    }

    boolean isReviewer(Author user) {
        return proposals.isReviewer(user, Set.of())
                || !groups.isEmpty() && proposals.isReviewer(user, memberships(user.userId()));
    }

    /**
     * Whether the user may change the channel's digest subscription; under the default rule no Web API call,
     * and not even the author is built (every {@code /skill} asks).
     */
    boolean mayManageDigest(SlackActor user) {
        return digestRule == SlackRule.ANYONE || isReviewer(user.author());
    }

    private Set<String> membersOf(String group) {
        Set<String> known = members.getIfPresent(group);
        if (known != null) {
            return known;
        }
        Optional<Set<String>> read = read(group);
        read.ifPresent(users -> members.put(group, users));
        return read.orElse(Set.of());
    }

    /** Empty when Slack could not answer: then nobody counts as a member, and the next click asks again. */
    private Optional<Set<String>> read(String group) {
        try {
            UsergroupsUsersListResponse response = methods.usergroupsUsersList(request -> request.usergroup(group));
            if (!response.isOk()) {
                log.warn(
                        "usergroups.users.list for {} refused: {}{}",
                        group,
                        response.getError(),
                        response.getNeeded() == null ? "" : " (needs " + response.getNeeded() + ")");
                return Optional.empty();
            }
            return Optional.of(Set.copyOf(response.getUsers() == null ? List.of() : response.getUsers()));
        } catch (IOException | SlackApiException e) {
            log.warn("usergroups.users.list for {} failed: {}", group, e.getMessage());
            return Optional.empty();
        }
    }
}
