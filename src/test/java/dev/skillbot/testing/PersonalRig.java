package dev.skillbot.testing;

import dev.skillbot.me.PersonalData;
import dev.skillbot.me.PersonalStores;
import dev.skillbot.me.Profiles;
import dev.skillbot.me.SelfMarks;
import dev.skillbot.me.Shares;
import dev.skillbot.persistence.DatabaseGuard;
import dev.skillbot.persistence.GuardedStores;
import dev.skillbot.persistence.JdbcPersonalData;
import dev.skillbot.persistence.JdbcProfiles;
import dev.skillbot.persistence.JdbcSelfMarks;
import dev.skillbot.persistence.JdbcShares;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The personal stores on a real, migrated database that a test can take away, behind the database guard as the application wires them. */
public final class PersonalRig implements AutoCloseable {

    public final TestDatabases.Switchable database;
    public final JdbcTemplate jdbc;
    public final DatabaseGuard guard;
    public final TransactionTemplate transactions;
    public final PersonalStores stores;

    public PersonalRig(DataSource dataSource, Clock clock) {
        this.database = new TestDatabases.Switchable(dataSource);
        this.jdbc = new JdbcTemplate(database);
        this.guard = new DatabaseGuard(TestDatabases.GUARD_CALL_TIMEOUT, Duration.ofSeconds(30), clock);
        this.transactions = new TransactionTemplate(new JdbcTransactionManager(database));
        this.stores = new PersonalStores(
                GuardedStores.me(Profiles.class, new JdbcProfiles(jdbc), guard),
                GuardedStores.me(SelfMarks.class, new JdbcSelfMarks(jdbc), guard),
                GuardedStores.me(PersonalData.class, new JdbcPersonalData(jdbc, transactions), guard),
                GuardedStores.me(Shares.class, new JdbcShares(jdbc, transactions), guard),
                clock);
    }

    public static PersonalRig h2(Clock clock) {
        return new PersonalRig(TestDatabases.h2(), clock);
    }

    @Override
    public void close() {
        guard.close();
    }
}
