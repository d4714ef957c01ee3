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
 */
@ConfigurationProperties("skillbot")
public record SuggestionProperties(
        @DefaultValue Review slack,
        @DefaultValue DiscordReview discord,
        @DefaultValue Suggestions suggestions) {

    public record Review(@DefaultValue List<String> reviewers, @DefaultValue("") String reviewChannel) {
    }

    public record DiscordReview(@DefaultValue List<String> reviewerRoles, @DefaultValue("") String reviewChannel) {
    }

    /**
     * @param perUserPerHour {@code SKILLBOT_SUGGESTIONS_PER_USER_PER_HOUR}
     * @param selfApproval   {@code SKILLBOT_SUGGESTIONS_SELF_APPROVAL}: reviewers may approve their own suggestions (teams of one)
     */
    public record Suggestions(@DefaultValue("10") int perUserPerHour, @DefaultValue("false") boolean selfApproval) {
    }

    SuggestionLimits limits() {
        SuggestionLimits defaults = SuggestionLimits.defaults();
        return new SuggestionLimits(defaults.maxTextLength(), defaults.maxRationaleLength(), defaults.maxReasonLength(),
                suggestions.perUserPerHour(), Duration.ofHours(1));
    }
}
