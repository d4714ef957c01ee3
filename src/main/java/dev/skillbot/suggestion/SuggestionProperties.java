package dev.skillbot.suggestion;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Suggested edits: how many a user may send, who reviews them and where, per platform. Every
 * setting binds from {@code skillbot.suggestions.*} ({@code SKILLBOT_SUGGESTIONS_*}); the review
 * settings also keep the variables they have always had ({@code SKILLBOT_SLACK_REVIEWERS},
 * {@code SKILLBOT_SLACK_REVIEW_CHANNEL}, {@code SKILLBOT_DISCORD_REVIEWER_ROLES},
 * {@code SKILLBOT_DISCORD_REVIEW_CHANNEL}), which {@code application.yml} maps here.
 *
 * @param perUserPerHour       {@code SKILLBOT_SUGGESTIONS_PER_USER_PER_HOUR}: how many suggestions one user may send in an hour
 * @param selfApproval         {@code SKILLBOT_SUGGESTIONS_SELF_APPROVAL}: reviewers may approve their own suggestions (teams of one)
 * @param reviewOutboxInterval {@code SKILLBOT_SUGGESTIONS_REVIEW_OUTBOX_INTERVAL}: how often a replica posts the review posts
 *                             still missing that it can reach (another replica's Discord shard, a failed post)
 * @param slack                review in Slack
 * @param discord              review in Discord
 */
@ConfigurationProperties("skillbot.suggestions")
public record SuggestionProperties(
        @DefaultValue("10") int perUserPerHour,
        @DefaultValue("false") boolean selfApproval,
        @DefaultValue("5s") Duration reviewOutboxInterval,
        @DefaultValue SlackReview slack,
        @DefaultValue DiscordReview discord) {

    /**
     * Review in Slack.
     *
     * @param reviewers     {@code SKILLBOT_SLACK_REVIEWERS}: who may approve or reject, comma-separated: user ids ({@code U...})
     *                      and user-group ids ({@code S...}); nobody when empty
     * @param reviewChannel {@code SKILLBOT_SLACK_REVIEW_CHANNEL}: the channel id ({@code C...}) suggestions are posted to for
     *                      review; when empty they are only listed by {@code proposals}
     */
    public record SlackReview(
            @DefaultValue List<String> reviewers,
            @DefaultValue("") String reviewChannel) {}

    /**
     * Review in Discord.
     *
     * @param reviewerRoles {@code SKILLBOT_DISCORD_REVIEWER_ROLES}: the role ids whose members may approve or reject,
     *                      comma-separated; nobody when empty
     * @param reviewChannel {@code SKILLBOT_DISCORD_REVIEW_CHANNEL}: the channel id suggestions are posted to for review; when
     *                      empty they are only listed by {@code /skill proposals}
     */
    public record DiscordReview(
            @DefaultValue List<String> reviewerRoles,
            @DefaultValue("") String reviewChannel) {}

    SuggestionLimits limits() {
        SuggestionLimits defaults = SuggestionLimits.defaults();
        return new SuggestionLimits(
                defaults.maxTextLength(),
                defaults.maxRationaleLength(),
                defaults.maxReasonLength(),
                perUserPerHour,
                Duration.ofHours(1));
    }
}
