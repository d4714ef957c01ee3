package dev.skillbot.persistence;

import dev.skillbot.chat.Platform;
import dev.skillbot.me.Shares;
import dev.skillbot.me.UserRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** {@code me_share} and {@code me_comment}: progress shared with one viewer, and the viewer's comments per skill. */
public final class JdbcShares implements Shares {

    private final JdbcClient jdbc;

    public JdbcShares(JdbcOperations jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    @Override
    public long share(UserRef owner, String viewer, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into me_share (platform, workspace, owner_id, viewer_id, created_at) values (?, ?, ?, ?, ?)")
                .params(owner.platform().name(), owner.workspace(), owner.user(), viewer, Timestamp.from(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    @Override
    public Optional<Share> find(long id) {
        return jdbc.sql("select * from me_share where id = ?")
                .param(id)
                .query((row, n) -> share(row))
                .optional();
    }

    @Override
    public void comment(long shareId, String skillId, UserRef author, String text, Instant at) {
        jdbc.sql("insert into me_comment (share_id, skill_id, author_id, text, created_at) values (?, ?, ?, ?, ?)")
                .params(shareId, skillId, author.user(), text, Timestamp.from(at))
                .update();
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
        return new Share(
                row.getLong("id"),
                new UserRef(
                        Platform.valueOf(row.getString("platform")),
                        row.getString("workspace"),
                        row.getString("owner_id")),
                row.getString("viewer_id"),
                row.getTimestamp("created_at").toInstant());
    }
}
