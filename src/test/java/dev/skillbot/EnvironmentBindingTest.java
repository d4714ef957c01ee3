package dev.skillbot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skillbot.catalog.CatalogProperties;
import dev.skillbot.digest.DigestProperties;
import dev.skillbot.digest.DigestProperties.SlackRule;
import dev.skillbot.gitops.GitCatalogProperties;
import dev.skillbot.http.HttpLimits;
import dev.skillbot.suggestion.SuggestionProperties;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

/** The environment variables README documents bind to the settings they name, over application.yml as at start-up. */
class EnvironmentBindingTest {

    @Test
    void documentedVariablesBind() {
        Binder binder = binder(Map.of(
                "SKILLBOT_DIGEST_CRON", "0 30 8 * * FRI",
                "SKILLBOT_DIGEST_ZONE", "Asia/Shanghai",
                "SKILLBOT_DIGEST_SLACK_RULE", "reviewers",
                "SKILLBOT_CATALOG_GIT_URL", "https://git.example/skills.git",
                "SKILLBOT_CATALOG_GIT_WEBHOOK_SECRET", "s3cret",
                "SKILLBOT_CATALOG_GIT_POLL_INTERVAL", "30s"));

        DigestProperties digest = binder.bindOrCreate("skillbot.digest", DigestProperties.class);
        assertThat(digest.cron()).isEqualTo("0 30 8 * * FRI");
        assertThat(digest.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(digest.slackRule()).isEqualTo(SlackRule.REVIEWERS);

        GitCatalogProperties git = binder.bindOrCreate("skillbot.catalog.git", GitCatalogProperties.class);
        assertThat(git.url()).isEqualTo("https://git.example/skills.git");
        assertThat(git.webhookSecret()).isEqualTo("s3cret");
        assertThat(git.pollInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(git.toString()).doesNotContain("s3cret");
    }

    /** The review settings keep the variables they had before they moved to {@code skillbot.suggestions}. */
    @Test
    void suggestionVariablesBind() {
        SuggestionProperties suggestions = binder(Map.of(
                        "SKILLBOT_SLACK_REVIEWERS", "U1,S2",
                        "SKILLBOT_SLACK_REVIEW_CHANNEL", "C_REVIEW",
                        "SKILLBOT_DISCORD_REVIEWER_ROLES", "111,222",
                        "SKILLBOT_DISCORD_REVIEW_CHANNEL", "333",
                        "SKILLBOT_SUGGESTIONS_PER_USER_PER_HOUR", "3",
                        "SKILLBOT_SUGGESTIONS_SELF_APPROVAL", "true",
                        "SKILLBOT_SUGGESTIONS_REVIEW_OUTBOX_INTERVAL", "30s"))
                .bindOrCreate("skillbot.suggestions", SuggestionProperties.class);

        assertThat(suggestions.slack().reviewers()).containsExactly("U1", "S2");
        assertThat(suggestions.slack().reviewChannel()).isEqualTo("C_REVIEW");
        assertThat(suggestions.discord().reviewerRoles()).containsExactly("111", "222");
        assertThat(suggestions.discord().reviewChannel()).isEqualTo("333");
        assertThat(suggestions.perUserPerHour()).isEqualTo(3);
        assertThat(suggestions.selfApproval()).isTrue();
        assertThat(suggestions.reviewOutboxInterval()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void withoutVariablesSuggestionsHaveNoReviewersNoReviewChannelAndTenAnHour() {
        SuggestionProperties suggestions =
                binder(Map.of()).bindOrCreate("skillbot.suggestions", SuggestionProperties.class);

        assertThat(suggestions.slack().reviewers()).isEmpty();
        assertThat(suggestions.slack().reviewChannel()).isEmpty();
        assertThat(suggestions.discord().reviewerRoles()).isEmpty();
        assertThat(suggestions.discord().reviewChannel()).isEmpty();
        assertThat(suggestions.perUserPerHour()).isEqualTo(10);
        assertThat(suggestions.selfApproval()).isFalse();
        assertThat(suggestions.reviewOutboxInterval()).isEqualTo(Duration.ofSeconds(5));
    }

    /** Review settings under their own prefix (SKILLBOT_SUGGESTIONS_SLACK_REVIEWERS, ...) bind too, and win over the older names. */
    @Test
    void reviewSettingsAlsoBindUnderTheSuggestionsPrefixWhichWins() {
        SuggestionProperties suggestions = binder(Map.of(
                        "SKILLBOT_SLACK_REVIEWERS", "U_OLD",
                        "SKILLBOT_SUGGESTIONS_SLACK_REVIEWERS", "U_NEW,S_NEW",
                        "SKILLBOT_SUGGESTIONS_SLACK_REVIEW_CHANNEL", "C_NEW",
                        "SKILLBOT_SUGGESTIONS_DISCORD_REVIEWER_ROLES", "444",
                        "SKILLBOT_SUGGESTIONS_DISCORD_REVIEW_CHANNEL", "555"))
                .bindOrCreate("skillbot.suggestions", SuggestionProperties.class);

        assertThat(suggestions.slack().reviewers()).containsExactly("U_NEW", "S_NEW");
        assertThat(suggestions.slack().reviewChannel()).isEqualTo("C_NEW");
        assertThat(suggestions.discord().reviewerRoles()).containsExactly("444");
        assertThat(suggestions.discord().reviewChannel()).isEqualTo("555");
    }

    /** {@code --skillbot.slack.reviewers=...} and the like, as properties rather than variables, keep working. */
    @Test
    void theOlderReviewSettingsWorkAsPropertiesToo() {
        StandardEnvironment environment = environment(Map.of());
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "commandLineArgs",
                        Map.of(
                                "skillbot.slack.reviewers",
                                "U1",
                                "skillbot.slack.review-channel",
                                "C1",
                                "skillbot.discord.reviewer-roles",
                                "666",
                                "skillbot.discord.review-channel",
                                "777")));

        SuggestionProperties suggestions =
                Binder.get(environment).bindOrCreate("skillbot.suggestions", SuggestionProperties.class);

        assertThat(suggestions.slack().reviewers()).containsExactly("U1");
        assertThat(suggestions.slack().reviewChannel()).isEqualTo("C1");
        assertThat(suggestions.discord().reviewerRoles()).containsExactly("666");
        assertThat(suggestions.discord().reviewChannel()).isEqualTo("777");
    }

    @Test
    void theDigestSlackRuleIsAnyoneUnlessSetAndNothingButAnyoneOrReviewers() {
        assertThat(digest(Map.of()).slackRule()).isEqualTo(SlackRule.ANYONE);
        assertThat(digest(Map.of("SKILLBOT_DIGEST_SLACK_RULE", "")).slackRule()).isEqualTo(SlackRule.ANYONE);
        assertThat(digest(Map.of("SKILLBOT_DIGEST_SLACK_RULE", "Reviewers")).slackRule())
                .isEqualTo(SlackRule.REVIEWERS);

        assertThatThrownBy(() -> digest(Map.of("SKILLBOT_DIGEST_SLACK_RULE", "admins")))
                .isInstanceOf(BindException.class)
                .hasMessageContaining("skillbot.digest.slack-rule");
    }

    @Test
    void theCatalogWriteLeaseAndTheGitHeadCheckBindAndDefault() {
        Binder binder = binder(Map.of(
                "SKILLBOT_CATALOG_WRITE_LEASE",
                "5m",
                "SKILLBOT_CATALOG_WRITE_WAIT",
                "10s",
                "SKILLBOT_CATALOG_GIT_HEAD_CHECK",
                "250ms"));
        CatalogProperties catalog = binder.bindOrCreate("skillbot.catalog", CatalogProperties.class);
        assertThat(catalog.writeLease()).isEqualTo(Duration.ofMinutes(5));
        assertThat(catalog.writeWait()).isEqualTo(Duration.ofSeconds(10));
        assertThat(binder.bindOrCreate("skillbot.catalog.git", GitCatalogProperties.class)
                        .headCheck())
                .isEqualTo(Duration.ofMillis(250));

        CatalogProperties defaults = binder(Map.of()).bindOrCreate("skillbot.catalog", CatalogProperties.class);
        assertThat(defaults.writeLease()).isEqualTo(Duration.ofMinutes(2));
        assertThat(defaults.writeWait()).isEqualTo(Duration.ofSeconds(60));
        assertThat(binder(Map.of())
                        .bindOrCreate("skillbot.catalog.git", GitCatalogProperties.class)
                        .headCheck())
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void sshVariablesBindAndNeverPrint() {
        Binder binder = binder(
                Map.of(
                        "SKILLBOT_CATALOG_GIT_URL", "git@github.com:team/skills.git",
                        "SKILLBOT_CATALOG_GIT_SSH_KEY",
                                "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE\n-----END OPENSSH PRIVATE KEY-----\n",
                        "SKILLBOT_CATALOG_GIT_SSH_KEY_PASSPHRASE", "pass-phrase",
                        "SKILLBOT_CATALOG_GIT_SSH_KNOWN_HOSTS",
                                "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n"));

        GitCatalogProperties git = binder.bindOrCreate("skillbot.catalog.git", GitCatalogProperties.class);
        assertThat(git.sshKey())
                .startsWith("-----BEGIN OPENSSH PRIVATE KEY-----\n")
                .contains("b3BlbnNzaC1rZXktdjE");
        assertThat(git.sshKeyPassphrase()).isEqualTo("pass-phrase");
        assertThat(git.sshKnownHosts()).startsWith("github.com ssh-ed25519 ");
        assertThat(git.toString())
                .contains("git@github.com:team/skills.git")
                .doesNotContain("b3BlbnNzaC1rZXktdjE", "pass-phrase");
    }

    @Test
    void theGitTimeoutBindsAndDefaultsToTwentySeconds() {
        GitCatalogProperties git = binder(Map.of("SKILLBOT_CATALOG_GIT_TIMEOUT", "1500ms"))
                .bindOrCreate("skillbot.catalog.git", GitCatalogProperties.class);
        assertThat(git.timeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(git.timeoutSeconds()).isEqualTo(2);

        GitCatalogProperties defaults =
                binder(Map.of()).bindOrCreate("skillbot.catalog.git", GitCatalogProperties.class);
        assertThat(defaults.timeoutSeconds()).isEqualTo(20);
    }

    @Test
    void requestBodyLimitsBindAndDefaultToSlacksAndGitHubsSizes() {
        HttpLimits limits = binder(
                        Map.of("SKILLBOT_HTTP_MAX_SLACK_BODY", "256KB", "SKILLBOT_HTTP_MAX_WEBHOOK_BODY", "5MB"))
                .bindOrCreate("skillbot.http", HttpLimits.class);
        HttpLimits defaults = binder(Map.of()).bindOrCreate("skillbot.http", HttpLimits.class);

        assertThat(limits.maxSlackBody()).isEqualTo(DataSize.ofKilobytes(256));
        assertThat(limits.maxWebhookBody()).isEqualTo(DataSize.ofMegabytes(5));
        assertThat(defaults.maxSlackBody()).isEqualTo(DataSize.ofMegabytes(1));
        assertThat(defaults.maxWebhookBody()).isEqualTo(DataSize.ofMegabytes(25));
    }

    private static DigestProperties digest(Map<String, Object> variables) {
        return binder(variables).bindOrCreate("skillbot.digest", DigestProperties.class);
    }

    private static Binder binder(Map<String, Object> variables) {
        return Binder.get(environment(variables));
    }

    /** As at start-up: the variables over {@code application.yml}, which Spring Boot's config data reads. */
    private static StandardEnvironment environment(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment", variables));
        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        return environment;
    }
}
