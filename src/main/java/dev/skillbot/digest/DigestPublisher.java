package dev.skillbot.digest;

import dev.skillbot.card.Card;
import dev.skillbot.chat.Platform;
import java.util.Optional;

/** Posts digests to one platform's channels; each chat adapter provides one. */
public interface DigestPublisher {

    Platform platform();

    /**
     * Whether this process can deliver to the subscription's channel now. A chat platform whose
     * connections are split between replicas (Discord shards) answers false for channels another
     * replica serves, or while its connection is down; the scheduler then leaves the channel
     * unclaimed for that replica or a later run.
     */
    default boolean reaches(Subscription subscription) {
        return true;
    }

    /** Posts the card and returns the platform's message id. */
    String publish(Subscription subscription, Card card) throws DeliveryException;

    /** A digest for the week already in the channel, looked up by its marker, for reconciling unfinished claims. */
    Optional<String> findPosted(Subscription subscription, IsoWeek week) throws DeliveryException;

    /** A private note to one user, in {@code locale}: followers of a changed skill, a subscriber refused. */
    void notifyUser(String workspace, String userId, Card card, String locale) throws DeliveryException;

    /** A delivery that did not happen; {@code channelGone} when retrying can never help (channel deleted, bot removed). */
    final class DeliveryException extends Exception {

        private final boolean channelGone;

        public DeliveryException(String message, boolean channelGone) {
            super(message);
            this.channelGone = channelGone;
        }

        public boolean channelGone() {
            return channelGone;
        }
    }
}
