package dev.skillbot.discord;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Skillbot connects to Discord. Environment variables map by relaxed binding.
 *
 * @param token      the bot token ({@code DISCORD_TOKEN}); Discord is off without it. Never logged.
 * @param guildIds   register the commands in these guilds only ({@code SKILLBOT_DISCORD_GUILD_IDS}),
 *                   which takes effect at once; by default they are registered globally
 * @param apiUrl     the REST base including {@code /api/v10/} ({@code SKILLBOT_DISCORD_API_URL}), for proxies and tests
 * @param gatewayUrl the gateway WebSocket URL ({@code SKILLBOT_DISCORD_GATEWAY_URL}), for proxies and tests
 * @param shards     the shards this replica runs, such as {@code 0-1/4} ({@code SKILLBOT_DISCORD_SHARDS});
 *                   by default one process runs every shard Discord recommends
 * @param deferAfter how long an answer may take before the interaction is deferred (Discord allows 3 s)
 * @param loginRetry how long after Discord could not be reached the login is tried again
 *                   ({@code SKILLBOT_DISCORD_LOGIN_RETRY}); twice as long after each further failure, at most 5 minutes
 */
@ConfigurationProperties("skillbot.discord")
public record DiscordProperties(
        String token,
        @DefaultValue List<String> guildIds,
        String apiUrl,
        String gatewayUrl,
        String shards,
        @DefaultValue("2s") Duration deferAfter,
        @DefaultValue("5s") Duration loginRetry) {

    public DiscordProperties {
        guildIds = guildIds == null
                ? List.of()
                : guildIds.stream()
                        .map(String::strip)
                        .filter(id -> !id.isEmpty())
                        .toList();
        for (String id : guildIds) {
            if (!id.matches("\\d{1,20}")) {
                throw new IllegalArgumentException(
                        "SKILLBOT_DISCORD_GUILD_IDS must list numeric guild ids, not '" + id + "'");
            }
        }
        if (shards != null && !shards.isBlank()) {
            ShardRange.parse(shards);
        }
        if (deferAfter == null || deferAfter.isNegative() || deferAfter.compareTo(Duration.ofMillis(2500)) > 0) {
            throw new IllegalArgumentException(
                    "SKILLBOT_DISCORD_DEFER_AFTER must be between 0 and 2.5s (Discord allows 3 s), not " + deferAfter);
        }
        if (loginRetry == null || loginRetry.isNegative() || loginRetry.isZero()) {
            throw new IllegalArgumentException(
                    "SKILLBOT_DISCORD_LOGIN_RETRY must be a positive duration, not " + loginRetry);
        }
        if (apiUrl != null && !apiUrl.isBlank() && !apiUrl.endsWith("/")) {
            apiUrl = apiUrl + "/";
        }
    }

    boolean enabled() {
        return token != null && !token.isBlank();
    }

    /** Without the token, which must never reach a log. */
    @Override
    public String toString() {
        return "DiscordProperties[token=" + (enabled() ? "(set)" : "(none)") + ", guildIds=" + guildIds + ", apiUrl="
                + apiUrl + ", gatewayUrl=" + gatewayUrl + ", shards=" + shards + ", deferAfter=" + deferAfter
                + ", loginRetry=" + loginRetry + "]";
    }
}
