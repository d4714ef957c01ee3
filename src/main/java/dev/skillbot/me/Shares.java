package dev.skillbot.me;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Progress shared on purpose: the owner names one viewer (a person's user id, or a channel id), who
 * may read the owner's checklist with marks and comment per skill. Nothing else is ever shown to
 * anyone. Methods may throw {@link MeUnavailableException}.
 */
public interface Shares {

    /** Records a share and returns its id, which the viewer's link carries. */
    long share(UserRef owner, String viewer, Instant at);

    Optional<Share> find(long id);

    void comment(long shareId, String skillId, UserRef author, String text, Instant at);

    /** The comments left on every share of the owner, oldest first. */
    List<Comment> comments(UserRef owner);

    record Share(long id, UserRef owner, String viewer, Instant at) {}

    record Comment(long shareId, String skillId, String authorId, String text, Instant at) {}
}
