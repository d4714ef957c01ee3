package dev.skillbot.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.skillbot.suggestion.StoreUnavailableException;
import dev.skillbot.testing.MutableClock;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;

/** The database's bulkhead on its own: time limit, fail-fast once open, half-open probe, programming errors untouched. */
class DatabaseGuardTest {

    private static final Duration PROBE_AFTER = Duration.ofSeconds(5);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T09:00:00Z"));
    private final DatabaseGuard guard = new DatabaseGuard(Duration.ofMillis(200), PROBE_AFTER, clock);
    private final AtomicInteger reached = new AtomicInteger();

    @AfterEach
    void close() {
        guard.close();
    }

    @Test
    void aCallThatHangsIsCutOffAtTheTimeLimit() {
        CountDownLatch frozen = new CountDownLatch(1);
        try {
            CompletableFuture<Object> call = CompletableFuture.supplyAsync(() -> guard.call(
                    () -> {
                        awaitQuietly(frozen);
                        return "late";
                    },
                    DatabaseGuardTest::unavailable));

            await().atMost(Duration.ofSeconds(5)).until(call::isDone);
            assertThat(call).isCompletedExceptionally();
            assertThatThrownBy(call::join)
                    .cause()
                    .isInstanceOf(StoreUnavailableException.class)
                    .cause()
                    .isInstanceOf(TimeoutException.class);
        } finally {
            frozen.countDown();
        }
    }

    @Test
    void onceOpenEveryCallFailsAtOnceWithoutReachingTheDatabase() {
        failFiveTimes();
        assertThat(guard.state()).isEqualTo(CircuitBreaker.State.OPEN);
        int before = reached.get();

        assertThatThrownBy(() -> guard.call(counted(() -> "answer"), DatabaseGuardTest::unavailable))
                .isInstanceOf(StoreUnavailableException.class)
                .cause()
                .isInstanceOf(CallNotPermittedException.class);
        assertThat(reached).hasValue(before);
    }

    @Test
    void afterTheWaitOneProbeClosesTheCircuitWhenTheDatabaseAnswers() {
        failFiveTimes();
        clock.advance(PROBE_AFTER.minusSeconds(1));
        assertThatThrownBy(() -> guard.call(counted(() -> "too early"), DatabaseGuardTest::unavailable))
                .isInstanceOf(StoreUnavailableException.class);

        clock.advance(Duration.ofSeconds(2));
        assertThat(guard.call(counted(() -> "back"), DatabaseGuardTest::unavailable))
                .isEqualTo("back");
        assertThat(guard.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(guard.call(counted(() -> "again"), DatabaseGuardTest::unavailable))
                .isEqualTo("again");
    }

    @Test
    void aFailedProbeOpensTheCircuitAgain() {
        failFiveTimes();
        clock.advance(PROBE_AFTER.plusSeconds(1));
        assertThatThrownBy(() -> guard.call(counted(DatabaseGuardTest::refused), DatabaseGuardTest::unavailable))
                .isInstanceOf(StoreUnavailableException.class)
                .cause()
                .isInstanceOf(CannotGetJdbcConnectionException.class);
        assertThat(guard.state()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void programmingErrorsPassThroughAndNeverOpenTheCircuit() {
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> guard.call(
                            counted(() -> {
                                throw new BadSqlGrammarException(
                                        "select", "selec * from proposal", new java.sql.SQLException("syntax"));
                            }),
                            DatabaseGuardTest::unavailable))
                    .isInstanceOf(BadSqlGrammarException.class);
        }
        assertThat(guard.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(reached).hasValue(20);
    }

    /** A deadlock or a lock not granted: the database answered, so "try again", but the circuit stays closed. */
    @Test
    void lostConflictsSayTryAgainButNeverOpenTheCircuit() {
        List<Supplier<String>> conflicts = List.of(
                () -> {
                    throw new PessimisticLockingFailureException(
                            "Deadlock found", new SQLException("deadlock", "40P01"));
                },
                () -> {
                    throw new CannotAcquireLockException(
                            "Timeout trying to lock table", new SQLException("lock", "HYT00"));
                },
                () -> {
                    throw new UncategorizedSQLException(
                            "update", "update me_share", new SQLTransactionRollbackException("rolled back", "40001"));
                });
        for (int i = 0; i < 12; i++) {
            Supplier<String> conflict = conflicts.get(i % conflicts.size());
            assertThatThrownBy(() -> guard.call(counted(conflict), DatabaseGuardTest::unavailable))
                    .isInstanceOf(StoreUnavailableException.class);
        }
        assertThat(guard.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(reached).hasValue(12);
    }

    private void failFiveTimes() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> guard.call(counted(DatabaseGuardTest::refused), DatabaseGuardTest::unavailable))
                    .isInstanceOf(StoreUnavailableException.class);
        }
    }

    private <T> Supplier<T> counted(Supplier<T> work) {
        return () -> {
            reached.incrementAndGet();
            return work.get();
        };
    }

    private static String refused() {
        throw new CannotGetJdbcConnectionException("Connection refused", new java.sql.SQLException("refused", "08001"));
    }

    private static RuntimeException unavailable(Exception cause) {
        return new StoreUnavailableException("unavailable", cause);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
