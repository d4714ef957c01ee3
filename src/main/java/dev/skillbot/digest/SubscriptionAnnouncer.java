package dev.skillbot.digest;

import dev.skillbot.card.Card;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says in a newly subscribed channel that it now gets the digest, after the subscriber was answered. A channel Skillbot
 * cannot post in (a channel it was not invited to, a direct message between two people) is found then, not after
 * three silent weeks: the subscription is taken back and the subscriber is told why, privately.
 */
public final class SubscriptionAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionAnnouncer.class);

    /** Announces nothing: for processes without a chat platform (the command line, tests of the core). */
    public static final SubscriptionAnnouncer NONE = new SubscriptionAnnouncer(List::of, Runnable::run, null);

    private final Supplier<List<DigestPublisher>> publishers;
    private final Executor executor;
    private final Subscriptions subscriptions;

    /**
     * @param publishers the chat platforms' publishers, asked for when a subscription is announced (the platforms'
     *     beans need the command handler this announcer belongs to)
     */
    public SubscriptionAnnouncer(
            Supplier<List<DigestPublisher>> publishers, Executor executor, Subscriptions subscriptions) {
        this.publishers = publishers;
        this.executor = executor;
        this.subscriptions = subscriptions;
    }

    /** Posts {@code announcement} in the subscribed channel; if it cannot be posted there, sends {@code refused}. */
    void announce(Subscription subscription, Card announcement, Card refused) {
        executor.execute(() -> publishers.get().stream()
                .filter(publisher -> publisher.platform() == subscription.platform())
                .findFirst()
                .ifPresent(publisher -> post(publisher, subscription, announcement, refused)));
    }

    private void post(DigestPublisher publisher, Subscription subscription, Card announcement, Card refused) {
        try {
            publisher.publish(subscription, announcement);
        } catch (DigestPublisher.DeliveryException e) {
            if (e.channelGone()) {
                takeBack(publisher, subscription, refused, e);
            } else {
                log.info("Could not announce the digest in {}: {}", subscription.channel(), e.getMessage());
            }
        } catch (RuntimeException e) {
            log.warn("Could not announce the digest in {}: {}", subscription.channel(), e.toString());
        }
    }

    private void takeBack(
            DigestPublisher publisher, Subscription subscription, Card refused, DigestPublisher.DeliveryException e) {
        boolean unchanged = subscriptions
                .find(subscription.platform(), subscription.channel())
                .filter(now -> now.createdBy().equals(subscription.createdBy())
                        && now.scope().equals(subscription.scope())
                        && now.locale().equals(subscription.locale()))
                .isPresent();
        if (!unchanged) {
            return; // subscribed otherwise meanwhile: that subscription is announced on its own
        }
        subscriptions.unsubscribe(subscription.platform(), subscription.channel());
        log.info(
                "Digest subscription of {} taken back: Skillbot cannot post there ({})",
                subscription.channel(),
                e.getMessage());
        try {
            publisher.notifyUser(subscription.workspace(), subscription.createdBy(), refused, subscription.locale());
        } catch (DigestPublisher.DeliveryException | RuntimeException notTold) {
            log.info(
                    "Could not tell {} that the digest subscription was taken back: {}",
                    subscription.createdBy(),
                    notTold.getMessage());
        }
    }
}
