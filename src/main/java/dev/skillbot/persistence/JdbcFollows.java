package dev.skillbot.persistence;

import dev.skillbot.chat.Platform;
import dev.skillbot.digest.follow.Follows;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code skill_follow}: one row per (platform, user, skill). */
public final class JdbcFollows implements Follows {

    private final JdbcClient jdbc;

    public JdbcFollows(JdbcOperations jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    @Override
    public boolean follow(
            Platform platform, String workspace, String userId, String skillId, String locale, Instant at) {
        try {
            return jdbc.sql(
                                    "insert into skill_follow (platform, workspace, user_id, skill_id, created_at, locale) values (?, ?, ?, ?, ?, ?)")
                            .params(platform.name(), workspace, userId, skillId, Timestamp.from(at), locale)
                            .update()
                    == 1;
        } catch (DuplicateKeyException already) {
            return false;
        }
    }

    @Override
    public boolean unfollow(Platform platform, String userId, String skillId) {
        return jdbc.sql("delete from skill_follow where platform = ? and user_id = ? and skill_id = ?")
                        .params(platform.name(), userId, skillId)
                        .update()
                == 1;
    }

    @Override
    public boolean isFollowing(Platform platform, String userId, String skillId) {
        return jdbc.sql("select count(*) from skill_follow where platform = ? and user_id = ? and skill_id = ?")
                        .params(platform.name(), userId, skillId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public List<Followed> followedBy(Platform platform, String userId) {
        return jdbc.sql(
                        "select skill_id, created_at from skill_follow where platform = ? and user_id = ? order by created_at, skill_id")
                .params(platform.name(), userId)
                .query((row, n) -> new Followed(
                        row.getString("skill_id"),
                        row.getTimestamp("created_at").toInstant()))
                .list();
    }

    @Override
    public List<Follower> followers(String skillId) {
        return jdbc.sql(
                        "select platform, workspace, user_id, locale from skill_follow where skill_id = ? order by platform, user_id")
                .param(skillId)
                .query((row, n) -> new Follower(
                        Platform.valueOf(row.getString("platform")),
                        row.getString("workspace"),
                        row.getString("user_id"),
                        row.getString("locale")))
                .list();
    }
}
