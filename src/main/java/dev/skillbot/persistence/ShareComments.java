package dev.skillbot.persistence;

import dev.skillbot.me.Shares.Comment;
import dev.skillbot.me.Shares.Commented;
import dev.skillbot.me.UserRef;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * {@code me_comment}: comments on shares, each saved under its share's row lock (a revocation or a forget takes the
 * same lock, so a comment either lands first and goes with the share, or finds it gone); a comment on someone else's
 * share also under its author's turn ({@link ShareLimitRows}), so that the hourly limit holds on every replica.
 */
final class ShareComments {

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final ShareLimitRows limits;

    ShareComments(JdbcClient jdbc, TransactionOperations transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.limits = new ShareLimitRows(jdbc);
    }

    ShareLimitRows limits() {
        return limits;
    }

    /** Locks the share's row until the transaction ends; false when there is no such share. */
    static boolean locked(JdbcClient jdbc, long id) {
        return !jdbc.sql("select id from me_share where id = ? for update")
                .param(id)
                .query(Long.class)
                .list()
                .isEmpty();
    }

    boolean comment(long shareId, String skillId, UserRef author, String text, Instant at) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> insert(shareId, skillId, author, text, at)));
        } catch (DataIntegrityViolationException e) { // the share went by another path (a forget)
            return false;
        }
    }

    /**
     * The author's turn row first, then the share's, in the order {@link JdbcPersonalData#forget} takes them; the
     * count sees every comment of a turn taken before (each statement reads what is committed).
     */
    Commented within(long shareId, String skillId, UserRef author, String text, Instant at, Instant since, int max) {
        limits.purgeTurns(since);
        for (int attempt = 1; attempt <= Upsert.ATTEMPTS; attempt++) {
            Commented done;
            try {
                done = transactions.execute(status -> {
                    if (!limits.takeTurn(author, at)) {
                        return null;
                    }
                    if (limits.commentsOnOthersSince(author, since) >= max) {
                        return Commented.OVER_LIMIT;
                    }
                    return insert(shareId, skillId, author, text, at) ? Commented.SAVED : Commented.GONE;
                });
            } catch (DataIntegrityViolationException e) { // the share went by another path (a forget)
                return Commented.GONE;
            }
            if (done != null) {
                return done;
            }
            limits.addTurn(author, at); // the author's first comment in the hour (or a forget took the row): again
        }
        throw new CannotAcquireLockException("no comment turn after " + Upsert.ATTEMPTS + " attempts");
    }

    List<Comment> of(UserRef owner) {
        return jdbc.sql("select c.* from me_comment c join me_share s on s.id = c.share_id "
                        + "where s.platform = ? and s.workspace = ? and s.owner_id = ? order by c.id")
                .params(owner.platform().name(), owner.workspace(), owner.user())
                .query((row, n) -> new Comment(
                        row.getLong("share_id"),
                        row.getString("skill_id"),
                        row.getString("author_id"),
                        row.getString("text"),
                        row.getTimestamp("created_at").toInstant()))
                .list();
    }

    /**
     * In the caller's transaction, under the share's row lock; false when the share is gone. A comment on someone
     * else's share also leaves its author's count row, which outlives the share.
     */
    private boolean insert(long shareId, String skillId, UserRef author, String text, Instant at) {
        if (!locked(jdbc, shareId)
                || jdbc.sql(
                                        "insert into me_comment (share_id, skill_id, author_id, text, created_at) values (?, ?, ?, ?, ?)")
                                .params(shareId, skillId, author.user(), text, Timestamp.from(at))
                                .update()
                        != 1) {
            return false;
        }
        limits.made(shareId, author, at);
        return true;
    }
}
