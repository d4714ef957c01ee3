package dev.skillbot.digest;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The weekly digest, from {@code SKILLBOT_DIGEST_*} environment variables.
 *
 * @param cron             {@code SKILLBOT_DIGEST_CRON}: when the digest goes out (Spring cron: second minute hour day month weekday)
 * @param zone             {@code SKILLBOT_DIGEST_ZONE}: the time zone of the schedule and of the weeks
 * @param tick             how often the scheduler looks for due digests and flushes lookup counts
 * @param reconcileAfter   how old a claim without a message id must be before it is reconciled
 * @param unsubscribeAfter failed deliveries in a row, to a channel that is gone, before it is unsubscribed
 * @param slackRule        {@code SKILLBOT_DIGEST_SLACK_RULE}: who may change a Slack channel's subscription, {@code anyone} or
 *                         {@code reviewers}
 */
@ConfigurationProperties("skillbot.digest")
public record DigestProperties(
        @DefaultValue("0 0 9 * * MON") String cron,
        @DefaultValue("UTC") ZoneId zone,
        @DefaultValue("1m") Duration tick,
        @DefaultValue("10m") Duration reconcileAfter,
        @DefaultValue("3") int unsubscribeAfter,
        @DefaultValue("anyone") SlackRule slackRule) {

    /** Who may subscribe or unsubscribe a Slack channel. */
    public enum SlackRule {
        /** Anyone in the channel. */
        ANYONE,
        /** Only the reviewers of suggestions ({@code SKILLBOT_SLACK_REVIEWERS}). */
        REVIEWERS
    }
}
