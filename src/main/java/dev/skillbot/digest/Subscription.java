package dev.skillbot.digest;

import dev.skillbot.command.Platform;
import java.time.Instant;

/** A channel that gets the weekly digest, and how many deliveries to it failed in a row. */
public record Subscription(Platform platform, String workspace, String channel, Scope scope, String createdBy,
                           Instant createdAt, int failures) {
}
