package dev.skillbot.me;

import dev.skillbot.chat.Platform;
import java.time.Instant;
import java.util.Optional;

/**
 * The version of the view a platform last showed as a person's own page (Slack's App Home tab: the view's hash), kept
 * where every replica reads it, so that each one publishes "in place of" the view that is there now and the platform
 * refuses a view drawn before another replica's change. Personal data: {@code me forget} deletes it.
 */
public interface HomeViewVersions {

    /** The version last recorded for {@code userId}, by any replica; empty when none was. */
    Optional<String> last(Platform platform, String userId);

    /**
     * Records {@code version} as the one now shown to {@code userId}, in place of any before; only while they have a
     * profile or follow a skill, so that nothing is kept of a person who has neither or has just forgotten theirs.
     */
    void published(Platform platform, String userId, String version, Instant at);
}
