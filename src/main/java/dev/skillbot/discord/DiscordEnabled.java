package dev.skillbot.discord;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when a Discord bot token is configured, without ever putting the token in a message. */
final class DiscordEnabled extends SpringBootCondition {

    static final String TOKEN_PROPERTY = "skillbot.discord.token";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String token = context.getEnvironment().getProperty(TOKEN_PROPERTY);
        return token != null && !token.isBlank()
                ? ConditionOutcome.match("a Discord token is set")
                : ConditionOutcome.noMatch("no Discord token (DISCORD_TOKEN) is set");
    }
}
