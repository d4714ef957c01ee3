package dev.skillbot.me;

import dev.skillbot.chat.Platform;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Progress shared on purpose: the owner names one viewer (a person's user id, or a channel id), who
 * may read the owner's checklist with marks and comment per skill. Nothing else is ever shown to
 * anyone. A share with a person opens to them at once; one with a channel only once its owner posted
 * it there ({@link #open}). Ids are random, so that nobody finds a share by counting. The owner lists
 * their shares and revokes any of them. Methods may throw {@link MeUnavailableException}.
 */
public interface Shares {

    /** Records a share and returns its id, which the viewer's link carries; a person's share is open at once. */
    long share(UserRef owner, Viewer viewer, Instant at);

    Optional<Share> find(long id);

    /** Opens a channel share to its channel (its owner posted it there); false when there is no such share. */
    boolean open(long id, Instant at);

    /** The owner's shares, newest first. */
    List<Share> ownedBy(UserRef owner);

    /**
     * One platform user's shares made in any of its workspaces, newest first: what they own as seen from a direct
     * message outside every workspace ({@link UserRef#outsideWorkspaces()}), where a Discord user id is the same person.
     */
    List<Share> ownedAnywhere(Platform platform, String ownerId);

    /**
     * The owners, other than {@code person}, of the shares that hold their comments or were made with them: whose
     * profiles show what {@code person}'s forget deletes.
     */
    List<UserRef> ownersTouchedBy(UserRef person);

    /** Deletes the owner's share and the comments on it; false when the owner has no share of that id. */
    boolean revoke(UserRef owner, long id);

    /**
     * Records where a card of the share was posted for a channel, so that stopping the share takes it down; a share
     * gone meanwhile leaves the card straight to take down.
     */
    void posted(long shareId, Post post, Instant at);

    /**
     * Cards of shares that are gone (stopped or forgotten), still to take down from their channels: at most {@code max}
     * of those recorded after post {@code afterId}, oldest first (a sweep pages on past those it must leave).
     */
    List<Post> toTakeDown(long afterId, int max);

    /** The card is down (or the platform said it is gone): forgets where it was. */
    void takenDown(long postId);

    /** Adds a comment on the share; false when the share is gone. */
    boolean comment(long shareId, String skillId, UserRef author, String text, Instant at);

    /**
     * How many comments {@code author} wrote on other people's shares of the platform since {@code since}, for the
     * rate limit: notes on one's own share harm nobody else. Comments on a share stopped or forgotten since still
     * count: the limit is on what the author did.
     */
    int commentsOnOthersSince(UserRef author, Instant since);

    /**
     * Adds a comment on someone else's share unless {@code author} already wrote {@code max} comments on others'
     * shares since {@code since}: one author's count and the comment it lets through take turns on every replica.
     */
    Commented commentWithin(
            long shareId, String skillId, UserRef author, String text, Instant at, Instant since, int max);

    /**
     * Claims telling {@code viewerId} by a direct message that {@code sharer} shared with them: true for the one
     * caller, on any replica, that may send it now; false when this sharer told them after {@code since}.
     */
    boolean claimTelling(UserRef sharer, String viewerId, Instant at, Instant since);

    /** Gives back the claim made {@code at}: the message was not delivered, so the next share tells them. */
    void releaseTelling(UserRef sharer, String viewerId, Instant at);

    /** Deletes the rows of the hourly limits last used at or before {@code before}: kept no longer than they serve. */
    void expireLimits(Instant before);

    /** The comments left on every share of the owner, oldest first. */
    List<Comment> comments(UserRef owner);

    /** How {@link #commentWithin} went. */
    enum Commented {
        SAVED,
        OVER_LIMIT,
        /** The share was stopped or forgotten since it was read. */
        GONE
    }

    /** Who a share is for: one person's user id, or a channel id. */
    record Viewer(String id, boolean channel) {}

    /** A share; {@code opened} is when the viewer could first read it (null: a channel share not posted yet). */
    record Share(long id, UserRef owner, Viewer viewer, Instant at, Instant opened) {

        public boolean isOpen() {
            return opened != null;
        }
    }

    /** A card of a share posted in a channel: the platform's channel and message id ({@code id} 0 until stored). */
    record Post(long id, Platform platform, String workspace, String channel, String message) {}

    record Comment(long shareId, String skillId, String authorId, String text, Instant at) {}
}
