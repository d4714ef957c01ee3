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
import org.springframework.dao.DataIntegrityViolationException;
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

    /** {@code transactions} on the same data source: a comment and a revocation of its share take turns on the share's row. */
    public JdbcShares(JdbcOperations jdbc, TransactionOperations transactions) {
        this.jdbc = JdbcClient.create(jdbc);
        this.transactions = transactions;
        this.posts = new SharePostRows(this.jdbc);
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
            if (!locked(id)) {
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
    public int commentsOnOthersSince(UserRef author, Instant since) {
        return jdbc.sql(
                        "select count(*) from me_comment c join me_share s on s.id = c.share_id"
                                + " where s.platform = ? and c.author_id = ? and s.owner_id <> c.author_id and c.created_at >= ?")
                .params(author.platform().name(), author.user(), Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    /** Locks the share's row until the transaction ends; false when there is no such share. */
    private boolean locked(long id) {
        return !jdbc.sql("select id from me_share where id = ? for update")
                .param(id)
                .query(Long.class)
                .list()
                .isEmpty();
    }

    /** Under the share's row lock, as a comment: a revocation at the same moment finds the post and leaves it to take down. */
    @Override
    public void posted(long shareId, Post post, Instant at) {
        transactions.executeWithoutResult(status -> posts.insert(shareId, locked(shareId), post, at));
    }

    @Override
    public List<Post> toTakeDown(long afterId, int max) {
        return posts.orphans(afterId, max);
    }

    @Override
    public void takenDown(long postId) {
        posts.delete(postId);
    }

    /** False when the share is gone, also when it was revoked between the reader's check and this insert. */
    @Override
    public boolean comment(long shareId, String skillId, UserRef author, String text, Instant at) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> locked(shareId)
                    && jdbc.sql(
                                            "insert into me_comment (share_id, skill_id, author_id, text, created_at) values (?, ?, ?, ?, ?)")
                                    .params(shareId, skillId, author.user(), text, Timestamp.from(at))
                                    .update()
                            == 1));
        } catch (DataIntegrityViolationException e) { // the share went by another path (a forget)
            return false;
        }
    }

    @Override
    public List<Comment> comments(UserRef owner) {
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
