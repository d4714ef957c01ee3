package dev.skillbot.digest;

import dev.skillbot.chat.Platform;
import java.time.Instant;

/**
 * A channel that gets the weekly digest, how many deliveries to it failed in a row, and the language
 * it was subscribed in, which its digest is written in.
 */
public record Subscription(
        Platform platform,
        String workspace,
        String channel,
        Scope scope,
        String createdBy,
        Instant createdAt,
        int failures,
        String locale) {

    /** A subscription in English, the language of every digest before subscriptions remembered theirs. */
    public Subscription(
            Platform platform,
            String workspace,
            String channel,
            Scope scope,
            String createdBy,
            Instant createdAt,
            int failures) {
        this(platform, workspace, channel, scope, createdBy, createdAt, failures, "en");
    }
}
