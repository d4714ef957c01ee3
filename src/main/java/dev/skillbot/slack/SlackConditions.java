package dev.skillbot.slack;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Conditions on Slack settings being set (not blank). The condition report names the
 * environment variable, never its value.
 */
final class SlackConditions {

    private SlackConditions() {}

    abstract static class SettingPresent extends SpringBootCondition {

        private final String property;
        private final String variable;

        SettingPresent(String property, String variable) {
            this.property = property;
            this.variable = variable;
        }

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty(property))
                    ? ConditionOutcome.match(variable + " is set")
                    : ConditionOutcome.noMatch(variable + " is not set");
        }
    }

    /** Slack is on. */
    static final class BotToken extends SettingPresent {
        BotToken() {
            super("skillbot.slack.bot-token", "SLACK_BOT_TOKEN");
        }
    }

    /** HTTP mode: requests can be verified. */
    static final class SigningSecret extends SettingPresent {
        SigningSecret() {
            super("skillbot.slack.signing-secret", "SLACK_SIGNING_SECRET");
        }
    }

    /** Socket Mode. */
    static final class AppToken extends SettingPresent {
        AppToken() {
            super("skillbot.slack.app-token", "SLACK_APP_TOKEN");
        }
    }
}
