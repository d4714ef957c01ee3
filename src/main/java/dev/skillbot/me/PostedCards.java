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
     * channel deleted, bot removed), {@link Outcome#LATER} when the platform cannot say now or the channel is served
     * by another replica. Never throws.
     */
    Outcome takeDown(Shares.Post post);

    enum Outcome {
        DOWN,
        LATER
    }
}
