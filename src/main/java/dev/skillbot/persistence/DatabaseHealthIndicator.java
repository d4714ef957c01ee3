package dev.skillbot.persistence;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code db} component of {@code /actuator/health}, in place of Spring Boot's: the same
 * {@code select 1}, but through the {@link DatabaseGuard}, so a frozen database makes it DOWN within
 * the guard's time limit instead of holding the request, and the circuit's state is shown.
 * Readiness does not include it (docs/deploy.md): lookups work without the database.
 */
public final class DatabaseHealthIndicator implements HealthIndicator {

    private final JdbcClient jdbc;
    private final DatabaseGuard guard;

    public DatabaseHealthIndicator(JdbcClient jdbc, DatabaseGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    @Override
    public Health health() {
        try {
            guard.call(() -> jdbc.sql("select 1").query(Integer.class).single(), IllegalStateException::new);
            return Health.up().withDetail("circuit", guard.state().name()).build();
        } catch (RuntimeException e) {
            Throwable reason = e instanceof IllegalStateException && e.getCause() != null ? e.getCause() : e;
            return Health.down().withDetail("circuit", guard.state().name()).withDetail("error", reason.toString()).build();
        }
    }
}
