package dev.skillbot.persistence;

import dev.skillbot.chat.Platform;
import dev.skillbot.me.Shares;
import dev.skillbot.me.UserRef;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * {@code me_share} and {@code me_comment}: progress shared with one viewer, and the viewer's comments per skill.
 * A share's id is drawn at random among 16-digit numbers (a collision draws again), so that ids cannot be guessed.
 */
public final class JdbcShares implements Shares {

    static final long FIRST_ID = 1_000_000_000_000_000L;
    static final long IDS = 8_000_000_000_000_000L;
    private static final int DRAWS = 5;
    private static final String OWNER = "platform = ? and workspace = ? and owner_id = ?";

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final SecureRandom random = new SecureRandom();
    private final SharePostRows posts;
    private final ShareComments comments;

    /** {@code transactions} on the same data source: a comment and a revocation of its share take turns on the share's row. */
    public JdbcShares(JdbcOperations jdbc, TransactionOperations transactions) {
        this.jdbc = JdbcClient.create(jdbc);
        this.transactions = transactions;
        this.posts = new SharePostRows(this.jdbc);
        this.comments = new ShareComments(this.jdbc, transactions);
    }

    @Override
    public long share(UserRef owner, Viewer viewer, Instant at) {
        for (int draw = 1; ; draw++) {
            long id = FIRST_ID + random.nextLong(IDS);
            try {
                jdbc.sql(
                                "insert into me_share (id, platform, workspace, owner_id, viewer_id, channel, created_at, opened_at) "
                                        + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(
                                id,
                                owner.platform().name(),
                                owner.workspace(),
                                owner.user(),
                                viewer.id(),
                                viewer.channel(),
                                Timestamp.from(at),
                                viewer.channel() ? null : Timestamp.from(at))
                        .update();
                return id;
            } catch (DuplicateKeyException e) {
                if (draw == DRAWS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public Optional<Share> find(long id) {
        return jdbc.sql("select * from me_share where id = ?")
                .param(id)
                .query((row, n) -> share(row))
                .optional();
    }

    @Override
    public boolean open(long id, Instant at) {
        return jdbc.sql("update me_share set opened_at = coalesce(opened_at, ?) where id = ?")
                        .params(Timestamp.from(at), id)
                        .update()
                == 1;
    }

    @Override
    public List<Share> ownedBy(UserRef owner) {
        return jdbc.sql("select * from me_share where " + OWNER + " order by created_at desc, id")
                .params(owner.platform().name(), owner.workspace(), owner.user())
                .query((row, n) -> share(row))
                .list();
    }

    @Override
    public List<Share> ownedAnywhere(Platform platform, String ownerId) {
        return jdbc.sql("select * from me_share where platform = ? and owner_id = ? order by created_at desc, id")
                .params(platform.name(), ownerId)
                .query((row, n) -> share(row))
                .list();
    }

    /**
     * The comments go with the share, in one transaction that first locks the share's row, as a comment does:
     * a comment written at the same moment either lands before (and goes too) or finds no share (H2 let a
     * comment inserted during the delete outlive its share, foreign key and all).
     */
    @Override
    public boolean revoke(UserRef owner, long id) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!ShareComments.locked(jdbc, id)) {
                return false;
            }
            jdbc.sql("delete from me_comment where share_id in (select id from me_share where id = ? and " + OWNER
                            + ")")
                    .params(id, owner.platform().name(), owner.workspace(), owner.user())
                    .update();
            return jdbc.sql("delete from me_share where id = ? and " + OWNER)
                            .params(id, owner.platform().name(), owner.workspace(), owner.user())
                            .update()
                    == 1;
        }));
    }

    @Override
    public List<UserRef> ownersTouchedBy(UserRef person) {
        return jdbc.sql(
                        "select distinct platform, workspace, owner_id from me_share where platform = ? and owner_id <> ?"
                                + " and (viewer_id = ? or id in (select share_id from me_comment where author_id = ?))")
                .params(person.platform().name(), person.user(), person.user(), person.user())
                .query((row, n) -> new UserRef(
                        Platform.valueOf(row.getString("platform")),
                        row.getString("workspace"),
                        row.getString("owner_id")))
                .list();
    }

    @Override
    public int commentsOnOthersSince(UserRef author, Instant since) {
        return comments.limits().commentsOnOthersSince(author, since);
    }

    /** False when the share is gone, also when it was revoked between the reader's check and this insert. */
    @Override
    public boolean comment(long shareId, String skillId, UserRef author, String text, Instant at) {
        return comments.comment(shareId, skillId, author, text, at);
    }

    @Override
    public Commented commentWithin(
            long shareId, String skillId, UserRef author, String text, Instant at, Instant since, int max) {
        return comments.within(shareId, skillId, author, text, at, since, max);
    }

    @Override
    public boolean claimTelling(UserRef sharer, String viewerId, Instant at, Instant since) {
        return comments.limits().claimTold(sharer, viewerId, at, since);
    }

    @Override
    public void releaseTelling(UserRef sharer, String viewerId, Instant at) {
        comments.limits().releaseTold(sharer, viewerId, at);
    }

    @Override
    public void expireLimits(Instant before) {
        comments.limits().expire(before);
    }

    @Override
    public List<Comment> comments(UserRef owner) {
        return comments.of(owner);
    }

    /** Under the share's row lock, as a comment: a revocation at the same moment finds the post and leaves it to take down. */
    @Override
    public void posted(long shareId, Post post, Instant at) {
        transactions.executeWithoutResult(
                status -> posts.insert(shareId, ShareComments.locked(jdbc, shareId), post, at));
    }

    @Override
    public List<Post> toTakeDown(long afterId, int max) {
        return posts.orphans(afterId, max);
    }

    @Override
    public void takenDown(long postId) {
        posts.delete(postId);
    }

    private static Share share(ResultSet row) throws SQLException {
        Timestamp opened = row.getTimestamp("opened_at");
        return new Share(
                row.getLong("id"),
                new UserRef(
                        Platform.valueOf(row.getString("platform")),
                        row.getString("workspace"),
                        row.getString("owner_id")),
                new Viewer(row.getString("viewer_id"), row.getBoolean("channel")),
                row.getTimestamp("created_at").toInstant(),
                opened == null ? null : opened.toInstant());
    }
}
