package dev.skillbot.slack;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Slack settings, read from the environment through {@code application.yml}. Slack is on when a
 * bot token is set. A signing secret turns on HTTP mode ({@code POST /slack/events}); an
 * app-level token turns on Socket Mode; one of the two is required, and neither without the bot
 * token: a half-configured Slack stops start-up rather than start without Slack unnoticed.
 *
 * @param botToken      {@code SLACK_BOT_TOKEN}, the {@code xoxb-} token
 * @param signingSecret {@code SLACK_SIGNING_SECRET}, to verify HTTP requests
 * @param appToken      {@code SLACK_APP_TOKEN}, the {@code xapp-} token for Socket Mode
 * @param apiUrl        {@code SKILLBOT_SLACK_API_URL}, the Web API base, ending in {@code /}
 * @param locale        {@code SKILLBOT_SLACK_LOCALE}: the workspace's language ({@code en} or {@code zh-CN}), for review
 *                      posts and for readers with no choice of their own and a Slack language Skillbot lacks
 * @param socketModeGrace {@code SKILLBOT_SLACK_SOCKET_MODE_GRACE}: how long Slack may stay without an
 *                      open Socket Mode session (reconnecting) before readiness reports it down; 30 s
 * @param userLocaleWait {@code SKILLBOT_SLACK_USER_LOCALE_WAIT}: how long a user's first lookup waits for
 *                      {@code users.info} to tell their language before answering in the workspace's; 500 ms
 */
@ConfigurationProperties("skillbot.slack")
public record SlackProperties(
        String botToken,
        String signingSecret,
        String appToken,
        String apiUrl,
        @DefaultValue("en") String locale,
        Duration socketModeGrace,
        Duration userLocaleWait) {

    static final String DEFAULT_API_URL = "https://slack.com/api/";
    static final Duration DEFAULT_SOCKET_MODE_GRACE = Duration.ofSeconds(30);
    static final Duration DEFAULT_USER_LOCALE_WAIT = Duration.ofMillis(500);

    public SlackProperties {
        botToken = blankToNull(botToken);
        signingSecret = blankToNull(signingSecret);
        appToken = blankToNull(appToken);
        apiUrl = blankToNull(apiUrl) == null ? DEFAULT_API_URL : apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
        String withoutBotToken = botToken != null
                ? null
                : appToken != null ? "SLACK_APP_TOKEN" : signingSecret != null ? "SLACK_SIGNING_SECRET" : null;
        if (withoutBotToken != null) {
            throw new IllegalStateException(
                    withoutBotToken + " is set but SLACK_BOT_TOKEN is not: set the bot token (xoxb-...) "
                            + "to turn Slack on, or leave " + withoutBotToken + " empty to run without Slack.");
        }
        if (botToken != null && appToken == null && signingSecret == null) {
            throw new IllegalStateException(
                    "SLACK_SIGNING_SECRET is required: SLACK_BOT_TOKEN is set, so Skillbot serves Slack "
                            + "over HTTP (POST /slack/events) and must verify each request. Copy the signing secret from the app's "
                            + "Basic Information page, or set SLACK_APP_TOKEN (xapp-...) to use Socket Mode instead.");
        }
        if (appToken != null && !appToken.startsWith("xapp-")) {
            throw new IllegalStateException("SLACK_APP_TOKEN must be an app-level token starting with xapp- "
                    + "(Basic Information > App-Level Tokens, scope connections:write).");
        }
        socketModeGrace = socketModeGrace == null ? DEFAULT_SOCKET_MODE_GRACE : socketModeGrace;
        if (socketModeGrace.isNegative()) {
            throw new IllegalStateException(
                    "SKILLBOT_SLACK_SOCKET_MODE_GRACE must be a duration of zero or more, such as 30s");
        }
        userLocaleWait = userLocaleWait == null ? DEFAULT_USER_LOCALE_WAIT : userLocaleWait;
        if (userLocaleWait.isNegative() || userLocaleWait.compareTo(Duration.ofSeconds(2)) > 0) {
            throw new IllegalStateException(
                    "SKILLBOT_SLACK_USER_LOCALE_WAIT must be between 0s and 2s (Slack waits 3 s for an answer), such as 500ms");
        }
    }

    boolean enabled() {
        return botToken != null;
    }

    boolean httpMode() {
        return signingSecret != null;
    }

    boolean socketMode() {
        return appToken != null;
    }

    /** Never prints a token or the secret, only whether each is set. */
    @Override
    public String toString() {
        return "SlackProperties[botToken=" + mask(botToken) + ", signingSecret=" + mask(signingSecret) + ", appToken="
                + mask(appToken) + ", apiUrl=" + apiUrl + ", locale=" + locale + ", socketModeGrace=" + socketModeGrace
                + ", userLocaleWait=" + userLocaleWait + "]";
    }

    private static String mask(String secret) {
        return secret == null ? "unset" : "set";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
