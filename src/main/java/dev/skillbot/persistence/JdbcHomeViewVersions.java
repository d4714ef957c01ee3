package dev.skillbot.persistence;

import dev.skillbot.chat.Platform;
import dev.skillbot.me.HomeViewVersions;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/** {@code home_view}: one row per (platform, user) with a profile or a follow, the version of the view last published to them. */
public final class JdbcHomeViewVersions implements HomeViewVersions {

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;

    public JdbcHomeViewVersions(JdbcOperations jdbc, TransactionOperations transactions) {
        this.jdbc = JdbcClient.create(jdbc);
        this.transactions = transactions;
    }

    @Override
    public Optional<String> last(Platform platform, String userId) {
        return jdbc.sql("select version from home_view where platform = ? and user_id = ?")
                .params(platform.name(), userId)
                .query(String.class)
                .optional();
    }

    /**
     * Only while the person has a profile or follows a skill on the platform: without either the tab shows nothing of
     * theirs to keep from going stale, so the row is deleted instead, and the tab published right after their forget
     * leaves none. The person's profile and follow rows are locked first, in the order a forget deletes them and
     * before this table's row: a forget under way finishes before they are read, so a version is never recorded
     * after the forget deleted the last one.
     */
    @Override
    public void published(Platform platform, String userId, String version, Instant at) {
        Timestamp when = Timestamp.from(at);
        String p = platform.name();
        transactions.executeWithoutResult(status -> {
            boolean hasProfile = locked("me_profile", p, userId);
            boolean follows = locked("skill_follow", p, userId);
            if (!hasProfile && !follows) {
                jdbc.sql("delete from home_view where platform = ? and user_id = ?")
                        .params(p, userId)
                        .update();
                return;
            }
            // the locks keep two publishes to one person from inserting at once
            int updated = jdbc.sql(
                            "update home_view set version = ?, published_at = ? where platform = ? and user_id = ?")
                    .params(version, when, p, userId)
                    .update();
            if (updated == 0) {
                jdbc.sql("insert into home_view (platform, user_id, version, published_at) values (?, ?, ?, ?)")
                        .params(p, userId, version, when)
                        .update();
            }
        });
    }

    /** Locks the person's rows of {@code table}; whether there are any. */
    private boolean locked(String table, String platform, String userId) {
        return !jdbc.sql("select user_id from " + table + " where platform = ? and user_id = ? for update")
                .params(platform, userId)
                .query(String.class)
                .list()
                .isEmpty();
    }
}
