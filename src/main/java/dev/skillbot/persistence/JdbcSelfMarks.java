package dev.skillbot.persistence;

import dev.skillbot.me.CellRef;
import dev.skillbot.me.SelfMark;
import dev.skillbot.me.SelfMarks;
import dev.skillbot.me.UserRef;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code me_mark}: one row per person and cell, so a write to one cell never touches another. */
public final class JdbcSelfMarks implements SelfMarks {

    private static final String KEY = "platform = ? and workspace = ? and user_id = ?";
    private static final String CELL = KEY + " and skill_id = ? and level_id = ? and role_id = ?";

    private final JdbcClient jdbc;

    public JdbcSelfMarks(JdbcOperations jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    @Override
    public Map<CellRef, SelfMark> of(UserRef user) {
        Map<CellRef, SelfMark> marks = new LinkedHashMap<>();
        jdbc.sql("select skill_id, level_id, role_id, text_hash, marked_at from me_mark where " + KEY
                        + " order by skill_id, level_id, role_id")
                .params(user.platform().name(), user.workspace(), user.user())
                .query((row, n) -> new SelfMark(
                        new CellRef(row.getString("skill_id"), row.getString("level_id"), row.getString("role_id")),
                        row.getString("text_hash"),
                        row.getTimestamp("marked_at").toInstant()))
                .list()
                .forEach(mark -> marks.put(mark.cell(), mark));
        return marks;
    }

    @Override
    public void set(UserRef user, SelfMark mark) {
        CellRef cell = mark.cell();
        Timestamp at = Timestamp.from(mark.markedAt());
        Upsert.run(
                () -> jdbc.sql("update me_mark set text_hash = ?, marked_at = ? where " + CELL)
                        .params(
                                mark.textHash(),
                                at,
                                user.platform().name(),
                                user.workspace(),
                                user.user(),
                                cell.skillId(),
                                cell.levelId(),
                                cell.roleId())
                        .update(),
                () -> jdbc.sql(
                                "insert into me_mark (platform, workspace, user_id, skill_id, level_id, role_id, text_hash, marked_at) "
                                        + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(
                                user.platform().name(),
                                user.workspace(),
                                user.user(),
                                cell.skillId(),
                                cell.levelId(),
                                cell.roleId(),
                                mark.textHash(),
                                at)
                        .update());
    }

    @Override
    public void clear(UserRef user, CellRef cell) {
        jdbc.sql("delete from me_mark where " + CELL)
                .params(
                        user.platform().name(),
                        user.workspace(),
                        user.user(),
                        cell.skillId(),
                        cell.levelId(),
                        cell.roleId())
                .update();
    }
}
