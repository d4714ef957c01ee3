package dev.skillbot.persistence;

import dev.skillbot.chat.Platform;
import dev.skillbot.me.HomeViewVersions;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code home_view}: one row per (platform, user) with a profile, the version of the view last published to them. */
public final class JdbcHomeViewVersions implements HomeViewVersions {

    private static final String HAS_PROFILE = "exists (select 1 from me_profile where platform = ? and user_id = ?)";

    private final JdbcClient jdbc;

    public JdbcHomeViewVersions(JdbcOperations jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    @Override
    public Optional<String> last(Platform platform, String userId) {
        return jdbc.sql("select version from home_view where platform = ? and user_id = ?")
                .params(platform.name(), userId)
                .query(String.class)
                .optional();
    }

    /**
     * Only while the person has a profile on the platform: without one the tab shows nothing of theirs to keep from
     * going stale (the skills they follow at most), and the tab published right after their forget leaves no row.
     */
    @Override
    public void published(Platform platform, String userId, String version, Instant at) {
        Timestamp when = Timestamp.from(at);
        String p = platform.name();
        Upsert.run(
                () -> jdbc.sql("update home_view set version = ?, published_at = ? where platform = ? and user_id = ?"
                                + " and " + HAS_PROFILE)
                        .params(version, when, p, userId, p, userId)
                        .update(),
                () -> jdbc.sql(
                                "insert into home_view (platform, user_id, version, published_at) select ?, ?, ?, ? where "
                                        + HAS_PROFILE)
                        .params(p, userId, version, when, p, userId)
                        .update());
    }
}
