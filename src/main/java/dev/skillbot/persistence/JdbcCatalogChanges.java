package dev.skillbot.persistence;

import dev.skillbot.digest.CatalogChange;
import dev.skillbot.digest.CatalogChanges;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcOperations;

/** {@code catalog_change}: one row per changed cell, inserted in JDBC batches. */
public final class JdbcCatalogChanges implements CatalogChanges {

    /** Rows sent to the database in one round trip; a revision that rewrote the whole catalog takes a few. */
    static final int BATCH_SIZE = 500;

    private final JdbcOperations jdbc;

    public JdbcCatalogChanges(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(List<CatalogChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                "insert into catalog_change (seen_at, revision, skill_id, kind, level_id, role_id) values (?, ?, ?, ?, ?, ?)",
                changes,
                BATCH_SIZE,
                (row, change) -> {
                    row.setTimestamp(1, Timestamp.from(change.seenAt()));
                    row.setString(2, change.revision());
                    row.setString(3, change.skillId());
                    row.setString(4, change.kind().name());
                    row.setString(5, change.levelId());
                    row.setString(6, change.roleId());
                });
    }

    @Override
    public List<CatalogChange> between(Instant from, Instant to) {
        return jdbc.query(
                "select * from catalog_change where seen_at >= ? and seen_at < ? order by seen_at, id",
                (row, n) -> new CatalogChange(
                        row.getTimestamp("seen_at").toInstant(),
                        row.getString("revision"),
                        row.getString("skill_id"),
                        CatalogChange.Kind.valueOf(row.getString("kind")),
                        row.getString("level_id"),
                        row.getString("role_id")),
                Timestamp.from(from),
                Timestamp.from(to));
    }
}
