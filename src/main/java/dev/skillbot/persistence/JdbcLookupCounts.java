package dev.skillbot.persistence;

import dev.skillbot.digest.IsoWeek;
import dev.skillbot.digest.LookupCounts;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code skill_lookup}: one row per (week, skill), its count added to by every replica's flushes. */
public final class JdbcLookupCounts implements LookupCounts {

    private final JdbcClient jdbc;

    public JdbcLookupCounts(JdbcOperations jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    /** Per skill: adds to the week's row, or inserts it; an insert that loses to another replica's adds to the row it made. */
    @Override
    public void add(IsoWeek week, Map<String, Long> countsBySkill) {
        countsBySkill.forEach((skillId, count) -> {
            if (addTo(week, skillId, count) == 0) {
                try {
                    jdbc.sql("insert into skill_lookup (week, skill_id, lookups) values (?, ?, ?)")
                            .params(week.toString(), skillId, count)
                            .update();
                } catch (DuplicateKeyException raced) {
                    addTo(week, skillId, count);
                }
            }
        });
    }

    @Override
    public List<Map.Entry<String, Long>> top(IsoWeek week, int limit) {
        return jdbc.sql(
                        "select skill_id, lookups from skill_lookup where week = ? order by lookups desc, skill_id fetch first "
                                + Math.max(1, limit) + " rows only")
                .param(week.toString())
                .query((row, n) -> Map.entry(row.getString("skill_id"), row.getLong("lookups")))
                .list();
    }

    private int addTo(IsoWeek week, String skillId, long count) {
        return jdbc.sql("update skill_lookup set lookups = lookups + ? where week = ? and skill_id = ?")
                .params(count, week.toString(), skillId)
                .update();
    }
}
