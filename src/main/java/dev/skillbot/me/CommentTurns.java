package dev.skillbot.me;

import java.time.Duration;
import java.time.Instant;

/**
 * Saves comments within the hourly limit on other people's shares, one at a time per author on this replica: the
 * limit's count and the comment it lets through are one step, so that comments released together cannot all be
 * counted before any of them is saved. Notes on one's own share are not limited.
 */
final class CommentTurns {

    /**
     * Comments one person may write an hour on other people's shares together: anyone who may read a channel share
     * may comment on it.
     */
    static final int PER_HOUR = 30;

    private static final Duration WINDOW = Duration.ofHours(1);
    private static final int STRIPES = 64;

    private final Object[] turns = new Object[STRIPES];

    CommentTurns() {
        for (int i = 0; i < STRIPES; i++) {
            turns[i] = new Object();
        }
    }

    enum Outcome {
        SAVED,
        OVER_LIMIT,
        /** The share was stopped or forgotten since it was read. */
        GONE
    }

    Outcome save(PersonalStores stores, Shares.Share share, String skillId, UserRef author, String text) {
        boolean own = share.owner().user().equals(author.user());
        synchronized (turns[Math.floorMod((author.platform() + "/" + author.user()).hashCode(), STRIPES)]) {
            Instant now = stores.clock().instant();
            if (!own && stores.shares().commentsOnOthersSince(author, now.minus(WINDOW)) >= PER_HOUR) {
                return Outcome.OVER_LIMIT;
            }
            return stores.shares().comment(share.id(), skillId, author, text, now) ? Outcome.SAVED : Outcome.GONE;
        }
    }
}
