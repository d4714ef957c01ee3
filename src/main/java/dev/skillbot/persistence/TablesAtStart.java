package dev.skillbot.persistence;

import dev.skillbot.concurrent.Retries;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Sets up the database's tables (Flyway's migrations) at start-up, and goes on trying in the background when the
 * database cannot be reached then: Skillbot starts without it, as it runs on when the database goes down later, and
 * every store answers that it is unavailable until the tables are set up. A database that answers but refuses (a
 * wrong password, no such database, a migration that fails) still stops start-up, with one line naming
 * {@code SPRING_DATASOURCE_URL}.
 */
final class TablesAtStart implements FlywayMigrationStrategy, AutoCloseable {

    private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(TablesAtStart.class);

    private final DatabaseGuard guard;
    private final Retries tries;

    TablesAtStart(DatabaseGuard guard, Duration firstWait) {
        this.guard = guard;
        this.tries = new Retries("database-tables", firstWait, LONGEST_WAIT);
    }

    @Override
    public void migrate(Flyway flyway) {
        try {
            flyway.migrate();
        } catch (RuntimeException e) {
            if (!Outages.isOutage(e)) {
                throw e;
            }
            tryAgainLater(flyway, e);
        }
    }

    private synchronized void again(Flyway flyway) {
        try {
            flyway.migrate();
        } catch (RuntimeException e) {
            tryAgainLater(flyway, e);
            return;
        }
        guard.tablesSetUp();
        log.info(
                "The database answers and its tables are set up, after {}: suggestions, digests, follows and me work",
                tries.tries());
    }

    /**
     * Any failure after start-up is tried again: the database came and went, or is still on its way. Synchronized with
     * {@link #again}, so a try that succeeds at once never runs before this marks the tables missing and is undone.
     */
    private synchronized void tryAgainLater(Flyway flyway, RuntimeException failure) {
        Duration wait = tries.failed(() -> again(flyway));
        guard.tablesNotSetUp("the database could not be reached since start-up (" + tries.tries() + ")");
        log.warn(
                "The database's tables could not be set up ({}): Skillbot runs without the database, and suggestions,"
                        + " digests, follows and me answer that they are unavailable. Trying again in {}",
                DatabaseErrors.said(failure),
                Retries.shown(wait));
    }

    @Override
    public void close() {
        tries.close();
    }
}
