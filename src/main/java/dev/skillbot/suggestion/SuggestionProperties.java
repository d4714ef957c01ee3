package dev.skillbot.suggestion;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Review and write-back settings, bound from {@code SKILLBOT_*} environment variables.
 *
 * @param slack       {@code SKILLBOT_SLACK_REVIEWERS} (user or user-group ids) and {@code SKILLBOT_SLACK_REVIEW_CHANNEL}
 * @param discord     {@code SKILLBOT_DISCORD_REVIEWER_ROLES} (role ids) and {@code SKILLBOT_DISCORD_REVIEW_CHANNEL}
 * @param suggestions {@code SKILLBOT_SUGGESTIONS_PER_USER_PER_HOUR}
 * @param catalog     {@code SKILLBOT_CATALOG_GIT_PUSH}: empty for no push, {@code true} for origin and the current
 *                    branch, or {@code remote/branch}
 */
@ConfigurationProperties("skillbot")
public record SuggestionProperties(
        @DefaultValue Review slack,
        @DefaultValue DiscordReview discord,
        @DefaultValue Suggestions suggestions,
        @DefaultValue CatalogGit catalog) {

    public record Review(@DefaultValue List<String> reviewers, @DefaultValue("") String reviewChannel) {
    }

    public record DiscordReview(@DefaultValue List<String> reviewerRoles, @DefaultValue("") String reviewChannel) {
    }

    public record Suggestions(@DefaultValue("10") int perUserPerHour) {
    }

    public record CatalogGit(@DefaultValue("") String gitPush, @DefaultValue("") String gitToken) {

        GitCatalogHistory.Push push() {
            if (gitPush.isBlank() || gitPush.equalsIgnoreCase("false")) {
                return GitCatalogHistory.Push.off();
            }
            var credentials = gitToken.isBlank() ? null
                    : new org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider("x-access-token", gitToken);
            if (gitPush.equalsIgnoreCase("true")) {
                return new GitCatalogHistory.Push(true, "origin", "", credentials);
            }
            int slash = gitPush.indexOf('/');
            return slash < 0
                    ? new GitCatalogHistory.Push(true, gitPush, "", credentials)
                    : new GitCatalogHistory.Push(true, gitPush.substring(0, slash), gitPush.substring(slash + 1), credentials);
        }
    }

    SuggestionLimits limits() {
        SuggestionLimits defaults = SuggestionLimits.defaults();
        return new SuggestionLimits(defaults.maxTextLength(), defaults.maxRationaleLength(), suggestions.perUserPerHour(), Duration.ofHours(1));
    }
}
