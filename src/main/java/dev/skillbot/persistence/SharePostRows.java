package dev.skillbot.persistence;

import dev.skillbot.chat.Platform;
import dev.skillbot.me.Shares;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code me_share_post}: where the cards of channel shares were posted. Deleting a share (a revocation, a forget)
 * sets {@code share_id} to null through the foreign key, whatever the path: such a row is a card to take down.
 */
final class SharePostRows {

    private final JdbcClient jdbc;

    SharePostRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the post, tied to the share when {@code shareLive} (the caller holds its row's lock), else straight to take down. */
    void insert(long shareId, boolean shareLive, Shares.Post post, Instant at) {
        jdbc.sql("insert into me_share_post (share_id, platform, workspace, channel, message, posted_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(
                        shareLive ? shareId : null,
                        post.platform().name(),
                        post.workspace(),
                        post.channel(),
                        post.message(),
                        Timestamp.from(at))
                .update();
    }

    List<Shares.Post> orphans(long afterId, int max) {
        return jdbc.sql("select * from me_share_post where share_id is null and id > ? order by id fetch first "
                        + Math.max(1, max) + " rows only")
                .param(afterId)
                .query((row, n) -> new Shares.Post(
                        row.getLong("id"),
                        Platform.valueOf(row.getString("platform")),
                        row.getString("workspace"),
                        row.getString("channel"),
                        row.getString("message")))
                .list();
    }

    void delete(long postId) {
        jdbc.sql("delete from me_share_post where id = ? and share_id is null")
                .param(postId)
                .update();
    }
}
