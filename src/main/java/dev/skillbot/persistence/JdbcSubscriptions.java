package dev.skillbot.persistence;

import dev.skillbot.chat.Platform;
import dev.skillbot.digest.Scope;
import dev.skillbot.digest.Subscription;
import dev.skillbot.digest.Subscriptions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code digest_subscription}: one row per (platform, channel). */
public final class JdbcSubscriptions implements Subscriptions {

    private final JdbcClient jdbc;

    public JdbcSubscriptions(JdbcOperations jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    @Override
    public void subscribe(Subscription s) {
        Upsert.run(
                () -> jdbc.sql(
                                "update digest_subscription set scope_kind = ?, scope_value = ?, workspace = ?, locale = ? "
                                        + "where platform = ? and channel = ?")
                        .params(
                                s.scope().kind().name(),
                                s.scope().value(),
                                s.workspace(),
                                s.locale(),
                                s.platform().name(),
                                s.channel())
                        .update(),
                () -> jdbc.sql(
                                "insert into digest_subscription (platform, workspace, channel, scope_kind, scope_value, created_by, created_at, "
                                        + "failures, locale) values (?, ?, ?, ?, ?, ?, ?, 0, ?)")
                        .params(
                                s.platform().name(),
                                s.workspace(),
                                s.channel(),
                                s.scope().kind().name(),
                                s.scope().value(),
                                s.createdBy(),
                                Timestamp.from(s.createdAt()),
                                s.locale())
                        .update());
    }

    @Override
    public boolean unsubscribe(Platform platform, String channel) {
        return jdbc.sql("delete from digest_subscription where platform = ? and channel = ?")
                        .params(platform.name(), channel)
                        .update()
                == 1;
    }

    @Override
    public Optional<Subscription> find(Platform platform, String channel) {
        return jdbc.sql("select * from digest_subscription where platform = ? and channel = ?")
                .params(platform.name(), channel)
                .query(JdbcSubscriptions::subscription)
                .optional();
    }

    @Override
    public List<Subscription> all() {
        return jdbc.sql("select * from digest_subscription order by platform, channel")
                .query(JdbcSubscriptions::subscription)
                .list();
    }

    @Override
    public int recordFailure(Platform platform, String channel) {
        jdbc.sql("update digest_subscription set failures = failures + 1 where platform = ? and channel = ?")
                .params(platform.name(), channel)
                .update();
        return find(platform, channel).map(Subscription::failures).orElse(0);
    }

    @Override
    public void resetFailures(Platform platform, String channel) {
        jdbc.sql("update digest_subscription set failures = 0 where platform = ? and channel = ?")
                .params(platform.name(), channel)
                .update();
    }

    private static Subscription subscription(ResultSet row, int number) throws SQLException {
        return new Subscription(
                Platform.valueOf(row.getString("platform")),
                row.getString("workspace"),
                row.getString("channel"),
                new Scope(Scope.Kind.valueOf(row.getString("scope_kind")), row.getString("scope_value")),
                row.getString("created_by"),
                row.getTimestamp("created_at").toInstant(),
                row.getInt("failures"),
                row.getString("locale"));
    }
}
