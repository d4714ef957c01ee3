package dev.skillbot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.digest.DigestProperties;
import dev.skillbot.gitops.GitCatalogProperties;
import dev.skillbot.http.HttpLimits;
import dev.skillbot.suggestion.SuggestionProperties;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

/** The environment variables README documents bind to the settings they name. */
class EnvironmentBindingTest {

    @Test
    void documentedVariablesBind() {
        Binder binder = binder(Map.of(
                "SKILLBOT_SLACK_REVIEWERS", "U1,S2",
                "SKILLBOT_SLACK_REVIEW_CHANNEL", "C_REVIEW",
                "SKILLBOT_DISCORD_REVIEWER_ROLES", "111,222",
                "SKILLBOT_SUGGESTIONS_PER_USER_PER_HOUR", "3",
                "SKILLBOT_DIGEST_CRON", "0 30 8 * * FRI",
                "SKILLBOT_DIGEST_ZONE", "Asia/Shanghai",
                "SKILLBOT_DIGEST_SLACK_RULE", "reviewers",
                "SKILLBOT_CATALOG_GIT_URL", "https://git.example/skills.git",
                "SKILLBOT_CATALOG_GIT_WEBHOOK_SECRET", "s3cret",
                "SKILLBOT_CATALOG_GIT_POLL_INTERVAL", "30s"));

        SuggestionProperties suggestions = binder.bindOrCreate("skillbot", SuggestionProperties.class);
        assertThat(suggestions.slack().reviewers()).containsExactly("U1", "S2");
        assertThat(suggestions.slack().reviewChannel()).isEqualTo("C_REVIEW");
        assertThat(suggestions.discord().reviewerRoles()).containsExactly("111", "222");
        assertThat(suggestions.suggestions().perUserPerHour()).isEqualTo(3);

        DigestProperties digest = binder.bindOrCreate("skillbot.digest", DigestProperties.class);
        assertThat(digest.cron()).isEqualTo("0 30 8 * * FRI");
        assertThat(digest.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(digest.slackRule()).isEqualTo("reviewers");

        GitCatalogProperties git = binder.bindOrCreate("skillbot.catalog.git", GitCatalogProperties.class);
        assertThat(git.url()).isEqualTo("https://git.example/skills.git");
        assertThat(git.webhookSecret()).isEqualTo("s3cret");
        assertThat(git.pollInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(git.toString()).doesNotContain("s3cret");
    }

    @Test
    void sshVariablesBindAndNeverPrint() {
        Binder binder = binder(Map.of(
                "SKILLBOT_CATALOG_GIT_URL", "git@github.com:team/skills.git",
                "SKILLBOT_CATALOG_GIT_SSH_KEY", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE\n-----END OPENSSH PRIVATE KEY-----\n",
                "SKILLBOT_CATALOG_GIT_SSH_KEY_PASSPHRASE", "pass-phrase",
                "SKILLBOT_CATALOG_GIT_SSH_KNOWN_HOSTS", "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n"));

        GitCatalogProperties git = binder.bindOrCreate("skillbot.catalog.git", GitCatalogProperties.class);
        assertThat(git.sshKey()).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----\n").contains("b3BlbnNzaC1rZXktdjE");
        assertThat(git.sshKeyPassphrase()).isEqualTo("pass-phrase");
        assertThat(git.sshKnownHosts()).startsWith("github.com ssh-ed25519 ");
        assertThat(git.toString()).contains("git@github.com:team/skills.git").doesNotContain("b3BlbnNzaC1rZXktdjE", "pass-phrase");
    }

    @Test
    void theGitTimeoutBindsAndDefaultsToTwentySeconds() {
        GitCatalogProperties git = binder(Map.of("SKILLBOT_CATALOG_GIT_TIMEOUT", "1500ms")).bindOrCreate("skillbot.catalog.git", GitCatalogProperties.class);
        assertThat(git.timeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(git.timeoutSeconds()).isEqualTo(2);

        GitCatalogProperties defaults = binder(Map.of()).bindOrCreate("skillbot.catalog.git", GitCatalogProperties.class);
        assertThat(defaults.timeoutSeconds()).isEqualTo(20);
    }

    @Test
    void requestBodyLimitsBindAndDefaultToSlacksAndGitHubsSizes() {
        HttpLimits limits = binder(Map.of("SKILLBOT_HTTP_MAX_SLACK_BODY", "256KB", "SKILLBOT_HTTP_MAX_WEBHOOK_BODY", "5MB"))
                .bindOrCreate("skillbot.http", HttpLimits.class);
        HttpLimits defaults = binder(Map.of()).bindOrCreate("skillbot.http", HttpLimits.class);

        assertThat(limits.maxSlackBody()).isEqualTo(DataSize.ofKilobytes(256));
        assertThat(limits.maxWebhookBody()).isEqualTo(DataSize.ofMegabytes(5));
        assertThat(defaults.maxSlackBody()).isEqualTo(DataSize.ofMegabytes(1));
        assertThat(defaults.maxWebhookBody()).isEqualTo(DataSize.ofMegabytes(25));
    }

    private static Binder binder(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment", variables));
        return new Binder(ConfigurationPropertySources.get(environment));
    }
}
