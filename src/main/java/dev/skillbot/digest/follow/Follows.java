package dev.skillbot.digest.follow;

import dev.skillbot.chat.Platform;
import java.time.Instant;
import java.util.List;

/** Who follows which skill, to be told privately, once a week, when it changed. */
public interface Follows {

    /** Follows a skill; the follower's notes come in {@code locale}. False when the user already follows it. */
    boolean follow(Platform platform, String workspace, String userId, String skillId, String locale, Instant at);

    /** False when the user did not follow the skill. */
    boolean unfollow(Platform platform, String userId, String skillId);

    boolean isFollowing(Platform platform, String userId, String skillId);

    /** The users following a skill, by platform and user id. */
    List<Follower> followers(String skillId);

    /** The skills one user follows, with when each was followed, oldest first. */
    List<Followed> followedBy(Platform platform, String userId);

    /** A skill a user follows, since when. */
    record Followed(String skillId, Instant since) {}

    /** A user who follows a skill, in the workspace and language of the follow. */
    record Follower(Platform platform, String workspace, String userId, String locale) {}
}
