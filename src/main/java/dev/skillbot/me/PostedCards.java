package dev.skillbot.me;

import dev.skillbot.chat.Platform;

/**
 * How the personal feature takes down, on one platform, a share's card posted in a channel once the share is
 * stopped or forgotten. Each chat adapter that records where it posted such cards implements it.
 */
public interface PostedCards {

    Platform platform();

    /**
     * Deletes the message; {@link Outcome#DOWN} once it is gone (deleted now, or already gone: deleted by someone,
     * channel deleted, bot removed), {@link Outcome#LATER} when this card must wait (its channel is served by another
     * replica, or the call failed), {@link Outcome#UNREACHABLE} when the platform does not answer at all (every card
     * of it waits for the next sweep, rather than each one waiting for its own time-out). Never throws.
     */
    Outcome takeDown(Shares.Post post);

    enum Outcome {
        DOWN,
        LATER,
        UNREACHABLE
    }
}
