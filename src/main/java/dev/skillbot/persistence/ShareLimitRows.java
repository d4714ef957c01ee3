package dev.skillbot.persistence;

import dev.skillbot.me.UserRef;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code me_share_told}, {@code me_comment_turn} and {@code me_comment_made}: the personal feature's hourly limits in
 * the database, so that they hold across replicas. A claim is one conditional statement whose row count says whether
 * this caller won; a comment's turn is its author's row, locked by an update until the comment's transaction ends, and
 * what it counts is a row per comment made. Rows older than the hour are deleted by the next claim or turn of anyone,
 * and by the minute sweep ({@link #expire}).
 */
final class ShareLimitRows {

    private static final String TOLD = "platform = ? and sharer_id = ? and viewer_id = ?";

    private final JdbcClient jdbc;

    ShareLimitRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes a row told before {@code since} (no other claim can, the database re-reads the row it waited for), else
     * inserts one; a duplicate key means another caller holds the hour.
     */
    boolean claimTold(UserRef sharer, String viewerId, Instant at, Instant since) {
        purge("me_share_told", "told_at", since);
        Timestamp told = millis(at);
        if (jdbc.sql("update me_share_told set told_at = ? where " + TOLD + " and told_at <= ?")
                        .params(told, sharer.platform().name(), sharer.user(), viewerId, Timestamp.from(since))
                        .update()
                == 1) {
            return true;
        }
        try {
            jdbc.sql("insert into me_share_told (platform, sharer_id, viewer_id, told_at) values (?, ?, ?, ?)")
                    .params(sharer.platform().name(), sharer.user(), viewerId, told)
                    .update();
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    /** Deletes the claim made {@code at} only: one made since by another share stays. */
    void releaseTold(UserRef sharer, String viewerId, Instant at) {
        jdbc.sql("delete from me_share_told where " + TOLD + " and told_at = ?")
                .params(sharer.platform().name(), sharer.user(), viewerId, millis(at))
                .update();
    }

    /** Locks the author's turn row until the caller's transaction ends; false when there is none yet ({@link #addTurn}). */
    boolean takeTurn(UserRef author, Instant at) {
        return jdbc.sql("update me_comment_turn set last_at = ? where platform = ? and author_id = ?")
                        .params(millis(at), author.platform().name(), author.user())
                        .update()
                == 1;
    }

    /** Outside any transaction: the author's turn row, made unless another caller made it first. */
    void addTurn(UserRef author, Instant at) {
        try {
            jdbc.sql("insert into me_comment_turn (platform, author_id, last_at) values (?, ?, ?)")
                    .params(author.platform().name(), author.user(), millis(at))
                    .update();
        } catch (DuplicateKeyException made) {
            // another comment made it: take turns on it
        }
    }

    /**
     * How many comments the author made on others' shares of the platform since {@code since}, by the rows their
     * comments left ({@link #made}): a share stopped or forgotten since takes its comments, not these.
     */
    int commentsOnOthersSince(UserRef author, Instant since) {
        return jdbc.sql("select count(*) from me_comment_made where platform = ? and author_id = ? and made_at >= ?")
                .params(author.platform().name(), author.user(), Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    /** In the comment's transaction: records that {@code author} commented at {@code at}, if the share is another's. */
    void made(long shareId, UserRef author, Instant at) {
        jdbc.sql("insert into me_comment_made (platform, author_id, made_at)"
                        + " select platform, ?, ? from me_share where id = ? and owner_id <> ?")
                .params(author.user(), Timestamp.from(at), shareId, author.user())
                .update();
    }

    /** Outside any transaction, as a claim is: turns whose last comment is older than {@code since}. */
    void purgeTurns(Instant since) {
        purge("me_comment_turn", "last_at", since);
        purge("me_comment_made", "made_at", since);
    }

    /** Both limits' rows last used at or before {@code before} (the minute sweep: rows nobody's claim purged). */
    void expire(Instant before) {
        purge("me_share_told", "told_at", before);
        purgeTurns(before);
    }

    /** Best effort: a row left now goes with the next one. */
    private void purge(String table, String column, Instant before) {
        try {
            jdbc.sql("delete from " + table + " where " + column + " <= ?")
                    .param(Timestamp.from(before))
                    .update();
        } catch (DataAccessException busy) {
            // another purge holds these rows, or the database is slow: the limit does not wait for it
        }
    }

    /** Stored as the databases keep it (PostgreSQL to the microsecond), so that a release finds its own claim. */
    private static Timestamp millis(Instant at) {
        return Timestamp.from(at.truncatedTo(ChronoUnit.MILLIS));
    }
}
