package dev.skillbot.persistence;

import dev.skillbot.me.PersonalData;
import dev.skillbot.me.UserRef;
import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Every row about one person, across the tables that hold any: their profile, marks, follows,
 * shares (made, or made with them), comments, the suggestions they authored and the digest
 * subscriptions they made. Forgetting deletes the personal rows and, in the shared records a team
 * keeps (suggestions, which Git also holds; a channel's subscription), replaces the person's id
 * and name with {@link #FORGOTTEN}; all in one transaction.
 */
public final class JdbcPersonalData implements PersonalData {

    static final String FORGOTTEN = "forgotten";
    /*
     * What a person authored or decided is theirs from whichever workspace they did it in: on Discord a user id is
     * the same person in every server and in direct messages (workspace "dm"), and the stores read it so (the
     * suggestion rate limit, follows). Profiles and marks stay per workspace: one may hold different roles in each.
     */
    private static final String DECIDER = "decider_platform = ? and decider_user_id = ?";
    private static final String AUTHOR = "author_platform = ? and author_user_id = ?";
    private static final String SUBSCRIBER = "platform = ? and created_by = ?";
    /** Follows are one per platform user, whichever workspace or direct message they were made in (JdbcFollows). */
    private static final String FOLLOWER = "platform = ? and user_id = ?";

    private static final String SHARES_ON_PLATFORM = "select id from me_share where platform = ?";
    /**
     * The person's shares: made in this workspace, or made with them anywhere on the platform, as a person
     * shared with opens a share from anywhere (on Discord, from the direct message, outside any server).
     */
    private static final String THEIR_SHARES = "platform = ? and (workspace = ? and owner_id = ? or viewer_id = ?)";

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;

    public JdbcPersonalData(JdbcOperations jdbc, TransactionOperations transactions) {
        this.jdbc = JdbcClient.create(jdbc);
        this.transactions = transactions;
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(UserRef user) {
        String p = user.platform().name();
        String w = user.workspace();
        String u = user.user();
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        add(
                tables,
                "me_profile",
                "select * from me_profile where platform = ? and workspace = ? and user_id = ?",
                p,
                w,
                u);
        add(
                tables,
                "me_mark",
                "select * from me_mark where platform = ? and workspace = ? and user_id = ? order by skill_id, level_id, role_id",
                p,
                w,
                u);
        add(tables, "skill_follow", "select * from skill_follow where " + FOLLOWER + " order by skill_id", p, u);
        add(tables, "me_share", "select * from me_share where " + THEIR_SHARES + " order by id", p, w, u, u);
        add(
                tables,
                "me_comment",
                "select * from me_comment where share_id in (select id from me_share where " + THEIR_SHARES + ") "
                        + "or author_id = ? and share_id in (" + SHARES_ON_PLATFORM + ") order by id",
                p,
                w,
                u,
                u,
                u,
                p);
        add(
                tables,
                "proposal",
                "select id, skill_id, level_id, role_id, new_text, rationale, author_name, status, created_at from proposal "
                        + "where " + AUTHOR + " order by id",
                p,
                u);
        add(
                tables,
                "proposal_decided",
                "select id, skill_id, level_id, role_id, status, decided_by, decided_at, decision_note from proposal "
                        + "where " + DECIDER + " order by id",
                p,
                u);
        add(
                tables,
                "digest_subscription",
                "select platform, workspace, channel, scope_kind, scope_value, created_at from digest_subscription "
                        + "where " + SUBSCRIBER,
                p,
                u);
        return tables;
    }

    @Override
    public void forget(UserRef user) {
        String p = user.platform().name();
        String w = user.workspace();
        String u = user.user();
        transactions.executeWithoutResult(status -> {
            lockSharesTouched(p, w, u);
            // Their comments wherever they wrote them: a person shared with comments from anywhere on the platform.
            update("delete from me_comment where author_id = ? and share_id in (" + SHARES_ON_PLATFORM + ")", u, p);
            update(
                    "delete from me_comment where share_id in (select id from me_share where " + THEIR_SHARES + ")",
                    p,
                    w,
                    u,
                    u);
            update("delete from me_share where " + THEIR_SHARES, p, w, u, u);
            update("delete from me_mark where platform = ? and workspace = ? and user_id = ?", p, w, u);
            update("delete from me_profile where platform = ? and workspace = ? and user_id = ?", p, w, u);
            update("delete from skill_follow where " + FOLLOWER, p, u);
            update(
                    "update proposal set author_user_id = ?, author_name = ? where " + AUTHOR,
                    FORGOTTEN,
                    FORGOTTEN,
                    p,
                    u);
            update(
                    "update proposal set decided_by = ?, decider_user_id = ? where " + DECIDER,
                    FORGOTTEN,
                    FORGOTTEN,
                    p,
                    u);
            update("update digest_subscription set created_by = ? where " + SUBSCRIBER, FORGOTTEN, p, u);
        });
    }

    /**
     * Locks, one by one in the order of their ids, every share this forget deletes from: theirs, and those they
     * commented on. A comment locks its share's row too, and so does a revocation: a comment racing the forget
     * either lands first (and goes) or finds no share. The fixed order keeps two forgets at once (two people who
     * shared with each other) from taking each other's rows crosswise, which the database ended as a deadlock.
     */
    private void lockSharesTouched(String p, String w, String u) {
        List<Long> ids = jdbc.sql(
                        "select id from me_share where " + THEIR_SHARES
                                + " or platform = ? and id in (select share_id from me_comment where author_id = ?) order by id")
                .params(p, w, u, u, p, u)
                .query(Long.class)
                .list();
        for (long id : ids) {
            jdbc.sql("select id from me_share where id = ? for update")
                    .param(id)
                    .query(Long.class)
                    .list();
        }
    }

    private void update(String sql, Object... args) {
        jdbc.sql(sql).params(args).update();
    }

    private void add(Map<String, List<Map<String, Object>>> tables, String table, String sql, Object... args) {
        List<Map<String, Object>> rows = jdbc.sql(sql)
                .params(args)
                .query((row, n) -> {
                    ResultSetMetaData columns = row.getMetaData();
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (int c = 1; c <= columns.getColumnCount(); c++) {
                        Object value = row.getObject(c);
                        values.put(columns.getColumnLabel(c).toLowerCase(java.util.Locale.ROOT), plain(value));
                    }
                    return values;
                })
                .list();
        if (!rows.isEmpty()) {
            tables.put(table, rows);
        }
    }

    /** Values JSON and YAML write the same on every database: times as ISO-8601 text. */
    private static Object plain(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant().toString();
        }
        if (value instanceof java.time.temporal.TemporalAccessor || value instanceof java.util.Date) {
            return value.toString();
        }
        return value;
    }
}
