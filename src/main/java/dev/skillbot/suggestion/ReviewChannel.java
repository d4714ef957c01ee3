package dev.skillbot.suggestion;

import dev.skillbot.card.Card;
import dev.skillbot.chat.Platform;
import java.util.Optional;

/**
 * How the review flow reaches one chat platform: its review channel and its users' private
 * messages. Implemented once per adapter; every rule of the flow stays in {@link ReviewFlow}.
 * Calls may block on the platform; the flow makes them off the threads that answer users.
 */
public interface ReviewChannel {

    Platform platform();

    /** Whether a review channel is configured on this platform. */
    boolean configured();

    /** Whether this process can post to the review channel now (a Discord replica runs only some servers). */
    default boolean reachable() {
        return configured();
    }

    /** The language review posts are written in. */
    String locale();

    /** Posts a review card to the review channel; where it landed, or empty when it could not be posted. */
    Optional<Proposal.ReviewMessage> post(Card card);

    /** Replaces a review post with the card, such as its decided state. */
    void update(Proposal.ReviewMessage message, Card card);

    /** A short private message to one user of this platform. */
    void tell(Author user, String text);

    /** A private card to one user, for a notice with buttons; its text alone where a platform shows no buttons. */
    default void tell(Author user, Card card) {
        tell(user, card.fallback());
    }

    /** The language to write to this user in. */
    default String localeOf(Author user) {
        return locale();
    }
}
