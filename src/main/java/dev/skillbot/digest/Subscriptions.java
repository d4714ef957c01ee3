package dev.skillbot.digest;

import dev.skillbot.chat.Platform;
import java.util.List;
import java.util.Optional;

/** The channels that get the weekly digest, each with its scope, its language and its failed deliveries in a row. */
public interface Subscriptions {

    /** Subscribes a channel, replacing its scope and language if it was subscribed already. */
    void subscribe(Subscription subscription);

    /** False when the channel was not subscribed. */
    boolean unsubscribe(Platform platform, String channel);

    Optional<Subscription> find(Platform platform, String channel);

    /** Every subscription, by platform and channel. */
    List<Subscription> all();

    /** Counts a failed delivery and returns how many failed in a row. */
    int recordFailure(Platform platform, String channel);

    void resetFailures(Platform platform, String channel);
}
