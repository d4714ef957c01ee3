package dev.skillbot.slack;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Slack settings, read from the environment through {@code application.yml}. Slack is on when a
 * bot token is set. A signing secret turns on HTTP mode ({@code POST /slack/events}); an
 * app-level token turns on Socket Mode; one of the two is required.
 *
 * @param botToken      {@code SLACK_BOT_TOKEN}, the {@code xoxb-} token
 * @param signingSecret {@code SLACK_SIGNING_SECRET}, to verify HTTP requests
 * @param appToken      {@code SLACK_APP_TOKEN}, the {@code xapp-} token for Socket Mode
 * @param apiUrl        {@code SKILLBOT_SLACK_API_URL}, the Web API base, ending in {@code /}
 * @param locale        the language of Slack cards ({@code en} or {@code zh-CN})
 */
@ConfigurationProperties("skillbot.slack")
public record SlackProperties(
        String botToken,
        String signingSecret,
        String appToken,
        String apiUrl,
        @DefaultValue("en") String locale) {

    static final String DEFAULT_API_URL = "https://slack.com/api/";

    public SlackProperties {
        botToken = blankToNull(botToken);
        signingSecret = blankToNull(signingSecret);
        appToken = blankToNull(appToken);
        apiUrl = blankToNull(apiUrl) == null ? DEFAULT_API_URL : apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
        if (botToken != null && appToken == null && signingSecret == null) {
            throw new IllegalStateException("SLACK_SIGNING_SECRET is required: SLACK_BOT_TOKEN is set, so Skillbot serves Slack "
                    + "over HTTP (POST /slack/events) and must verify each request. Copy the signing secret from the app's "
                    + "Basic Information page, or set SLACK_APP_TOKEN (xapp-...) to use Socket Mode instead.");
        }
        if (appToken != null && !appToken.startsWith("xapp-")) {
            throw new IllegalStateException("SLACK_APP_TOKEN must be an app-level token starting with xapp- "
                    + "(Basic Information > App-Level Tokens, scope connections:write).");
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
                + mask(appToken) + ", apiUrl=" + apiUrl + ", locale=" + locale + "]";
    }

    private static String mask(String secret) {
        return secret == null ? "unset" : "set";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
