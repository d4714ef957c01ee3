package dev.skillbot.me;

import java.time.Duration;
import java.time.Instant;

/**
 * Saves comments within the hourly limit on other people's shares. The limit's count and the comment it lets through
 * are one step per author in the store ({@link Shares#commentWithin}), on every replica alike, so that comments
 * released together cannot all be counted before any of them is saved. Notes on one's own share are not limited.
 */
final class CommentTurns {

    /**
     * Comments one person may write an hour on other people's shares together: anyone who may read a channel share
     * may comment on it.
     */
    static final int PER_HOUR = 30;

    private static final Duration WINDOW = Duration.ofHours(1);

    private CommentTurns() {}

    static Shares.Commented save(
            PersonalStores stores, Shares.Share share, String skillId, UserRef author, String text) {
        Instant now = stores.clock().instant();
        if (share.owner().user().equals(author.user())) {
            return stores.shares().comment(share.id(), skillId, author, text, now)
                    ? Shares.Commented.SAVED
                    : Shares.Commented.GONE;
        }
        return stores.shares().commentWithin(share.id(), skillId, author, text, now, now.minus(WINDOW), PER_HOUR);
    }
}
