package dev.skillbot.persistence;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The {@code db} component of {@code /actuator/health}, in place of Spring Boot's: a
 * {@code select 1} as well, but through the {@link DatabaseGuard}, so a frozen database makes it
 * DOWN within the guard's time limit instead of holding the request; the details name the database
 * and the circuit's state. Readiness does not include it (docs/deploy.md): lookups work without it.
 */
public final class DatabaseHealthIndicator implements HealthIndicator {

    private final DataSource dataSource;
    private final DatabaseGuard guard;
    private volatile String product;

    public DatabaseHealthIndicator(DataSource dataSource, DatabaseGuard guard) {
        this.dataSource = dataSource;
        this.guard = guard;
    }

    @Override
    public Health health() {
        try {
            String database = guard.call(this::check, IllegalStateException::new);
            return Health.up()
                    .withDetail("database", database)
                    .withDetail("circuit", guard.state().name())
                    .build();
        } catch (RuntimeException e) {
            Throwable reason = e instanceof IllegalStateException && e.getCause() != null ? e.getCause() : e;
            Health.Builder down =
                    Health.down().withDetail("circuit", guard.state().name());
            guard.tablesMissing().ifPresent(why -> down.withDetail("tables", why));
            return down.withDetail("error", reason.toString()).build();
        }
    }

    private String check() {
        JdbcClient.create(dataSource).sql("select 1").query(Integer.class).single();
        if (product == null) {
            try {
                product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            } catch (MetaDataAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return product;
    }
}
