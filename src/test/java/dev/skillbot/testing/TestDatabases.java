package dev.skillbot.testing;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** Real databases for tests, migrated with the project's own Flyway scripts: H2 in memory and embedded PostgreSQL. */
public final class TestDatabases {

    /**
     * The database guard's call timeout for tests that are not about a hung database: the guard cuts
     * off a call that outlives its timeout, and a 2 s cut-off trips on a CI machine at load 20 while
     * embedded PostgreSQL answers a burst of writes. Tests take a database away by switching it off
     * ({@link Switchable}), which fails at once, so a generous timeout costs them nothing.
     */
    public static final Duration GUARD_CALL_TIMEOUT = Duration.ofSeconds(30);

    private static EmbeddedPostgres postgres;

    private TestDatabases() {}

    public static DataSource h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        return migrated(dataSource);
    }

    /** A fresh schema in one embedded PostgreSQL server shared by the whole test run. */
    public static DataSource postgres() {
        org.postgresql.ds.PGSimpleDataSource dataSource = new org.postgresql.ds.PGSimpleDataSource();
        dataSource.setUrl(postgresUrl());
        return migrated(dataSource);
    }

    /**
     * A fresh schema behind a pool sized as the application's (HikariCP's default of 10), for tests that make many
     * calls: the caller closes it.
     */
    public static HikariDataSource postgresPool() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgresUrl());
        migrated(pool);
        return pool;
    }

    /** The JDBC URL (user included) of a fresh, empty schema in the embedded PostgreSQL server. */
    public static synchronized String postgresUrl() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        // the JVM is exiting
                    }
                }));
            }
            String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
            DataSource server = postgres.getPostgresDatabase();
            try (Connection connection = server.getConnection()) {
                connection.createStatement().execute("create schema " + schema);
            }
            return postgres.getJdbcUrl("postgres", "postgres") + "&currentSchema=" + schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DataSource migrated(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).load().migrate();
        return dataSource;
    }

    /** Wraps a data source so a test can take the database away and bring it back. */
    public static final class Switchable implements DataSource {

        private final DataSource delegate;
        private volatile boolean down;

        public Switchable(DataSource delegate) {
            this.delegate = delegate;
        }

        public void goDown() {
            down = true;
        }

        public void comeBack() {
            down = false;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (down) {
                throw new SQLException("Connection refused (simulated outage)", "08001");
            }
            return delegate.getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return delegate.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            delegate.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            delegate.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return delegate.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return delegate.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return delegate.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return delegate.isWrapperFor(type);
        }
    }
}
