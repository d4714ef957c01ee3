package dev.skillbot.persistence;

import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code me export}: every row about one person, table by table ({@link PersonRows} says which), times as ISO-8601 text. */
final class PersonalExport {

    private final JdbcClient jdbc;

    PersonalExport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, List<Map<String, Object>>> of(PersonRows person) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        add(tables, "me_profile", "select * from me_profile where ", person.own(), "");
        add(tables, "me_mark", "select * from me_mark where ", person.own(), " order by skill_id, level_id, role_id");
        add(tables, "skill_follow", "select * from skill_follow where ", person.followed(), " order by skill_id");
        add(tables, "me_share", "select * from me_share where ", person.shares(), " order by id");
        add(tables, "me_comment", "select * from me_comment where ", person.comments(), " order by id");
        add(tables, "me_comment_turn", "select * from me_comment_turn where ", person.commentTurn(), "");
        add(
                tables,
                "me_comment_made",
                "select * from me_comment_made where ",
                person.commentTurn(),
                " order by made_at");
        add(tables, "me_share_told", "select * from me_share_told where ", person.told(), " order by told_at");
        add(tables, "home_view", "select * from home_view where ", person.homeView(), "");
        add(
                tables,
                "proposal",
                "select id, skill_id, level_id, role_id, new_text, rationale, author_name, status, created_at from proposal "
                        + "where ",
                person.authored(),
                " order by id");
        add(
                tables,
                "proposal_decided",
                "select id, skill_id, level_id, role_id, status, decided_by, decided_at, decision_note from proposal "
                        + "where ",
                person.decided(),
                " order by id");
        add(
                tables,
                "digest_subscription",
                "select platform, workspace, channel, scope_kind, scope_value, created_at from digest_subscription where ",
                person.subscribed(),
                "");
        return tables;
    }

    private void add(
            Map<String, List<Map<String, Object>>> tables,
            String table,
            String select,
            PersonRows.Sql where,
            String order) {
        List<Map<String, Object>> rows = jdbc.sql(select + where.text() + order)
                .params(where.params())
                .query((row, n) -> {
                    ResultSetMetaData columns = row.getMetaData();
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (int c = 1; c <= columns.getColumnCount(); c++) {
                        values.put(columns.getColumnLabel(c).toLowerCase(Locale.ROOT), plain(row.getObject(c)));
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
