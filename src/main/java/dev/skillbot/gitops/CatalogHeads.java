package dev.skillbot.gitops;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The catalog commit a replica last published, in the shared database: written under the
 * catalog's write lease after each push, read by every replica's {@link CatalogHeadWatcher}.
 */
final class CatalogHeads {

    private static final Logger log = LoggerFactory.getLogger(CatalogHeads.class);
    private static final String NAME = "catalog";

    private final Supplier<JdbcClient> database;
    private final Clock clock;

    /** {@code database} gives nothing where there is no database (the Git configuration on its own, in tests). */
    CatalogHeads(Supplier<JdbcClient> database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Records a pushed commit; a failure only delays the other replicas until their next poll. */
    void announce(String commitId) {
        JdbcClient jdbc = database.get();
        if (jdbc == null) {
            return;
        }
        try {
            Timestamp now = Timestamp.from(clock.instant());
            int updated = jdbc.sql("update catalog_head set commit_id = ?, published_at = ? where name = ?")
                    .params(commitId, now, NAME)
                    .update();
            if (updated == 0) {
                jdbc.sql("insert into catalog_head (name, commit_id, published_at) values (?, ?, ?)")
                        .params(NAME, commitId, now)
                        .update();
            }
        } catch (RuntimeException e) {
            log.warn("Published catalog commit {} not announced to the other replicas: {}", commitId, e.getMessage());
        }
    }

    Optional<String> latest() {
        JdbcClient jdbc = database.get();
        return jdbc == null
                ? Optional.empty()
                : jdbc.sql("select commit_id from catalog_head where name = ?")
                        .param(NAME)
                        .query(String.class)
                        .optional();
    }
}
