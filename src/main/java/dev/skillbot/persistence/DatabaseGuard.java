package dev.skillbot.persistence;

import dev.skillbot.concurrent.DaemonThreads;
import dev.skillbot.suggestion.StoreUnavailableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database's bulkhead. Every store call runs on a few threads of its own and is waited for at
 * most {@code callTimeout}, so a frozen database never holds a caller longer than that; a full
 * queue refuses at once. One circuit breaker watches the whole database: after repeated outages
 * (time-outs, connections refused or lost) it opens and every call fails at once without touching
 * the database; {@code probeAfter} later it lets one call through as a probe and closes when that
 * succeeds. Programming errors (bad SQL, a violated constraint) pass through and are not counted.
 * Until the database's tables are set up ({@link TablesAtStart}), every call fails at once, uncounted.
 */
public final class DatabaseGuard implements AutoCloseable {

    static final int THREADS = 8;
    static final int QUEUED = 64;
    private static final Duration DRAIN = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(DatabaseGuard.class);

    private final CircuitBreaker breaker;
    private final Duration callTimeout;
    private final ThreadPoolExecutor calls;
    private volatile String tablesMissing;

    public DatabaseGuard(Duration callTimeout, Duration probeAfter, Clock clock) {
        this.callTimeout = callTimeout;
        this.breaker = CircuitBreaker.of(
                "database",
                CircuitBreakerConfig.custom()
                        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                        .slidingWindowSize(10)
                        .minimumNumberOfCalls(5)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(probeAfter)
                        .permittedNumberOfCallsInHalfOpenState(1)
                        .recordException(Outages::isOutage)
                        .ignoreException(error -> !Outages.isOutage(error))
                        .clock(clock)
                        .build());
        this.breaker
                .getEventPublisher()
                .onStateTransition(event -> log.warn(
                        "Database circuit {}: {}",
                        event.getStateTransition().getToState(),
                        describe(event.getStateTransition().getToState())));
        this.calls = new ThreadPoolExecutor(
                THREADS,
                THREADS,
                60,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUED),
                DaemonThreads.numbered("database-"));
        this.calls.allowCoreThreadTimeOut(true);
    }

    /**
     * What {@code work} returns, computed on the database's threads; the exception {@code unavailable}
     * makes of the reason when the database cannot answer now (known down, too slow, backed up or failing).
     */
    public <T> T call(Supplier<T> work, Function<Exception, RuntimeException> unavailable) {
        String missing = tablesMissing;
        if (missing != null) {
            throw unavailable.apply(new StoreUnavailableException(missing, null));
        }
        try {
            return breaker.executeCallable(() -> waitFor(work));
        } catch (CallNotPermittedException e) {
            throw unavailable.apply(e);
        } catch (RuntimeException e) {
            // a lost conflict is told as "try again", but was not counted against the database
            throw Outages.isOutage(e) || Outages.isConflict(e) ? unavailable.apply(e) : e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable.apply(e);
        } catch (Exception e) {
            throw unavailable.apply(e);
        }
    }

    /** Every call fails at once, saying {@code why}, until {@link #tablesSetUp()}. */
    void tablesNotSetUp(String why) {
        tablesMissing = why;
    }

    void tablesSetUp() {
        tablesMissing = null;
    }

    /** Why the database's tables are not set up yet, while they are not. */
    public Optional<String> tablesMissing() {
        return Optional.ofNullable(tablesMissing);
    }

    /** CLOSED while the database answers, OPEN while it is known down, HALF_OPEN while a probe runs. */
    public CircuitBreaker.State state() {
        return breaker.getState();
    }

    private <T> T waitFor(Supplier<T> work) throws Exception {
        Future<T> future = calls.submit(work::get);
        try {
            return future.get(callTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | InterruptedException e) {
            // a queued call never starts; a running one ends by itself, within the driver's own time-outs
            future.cancel(false);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (Exception) e.getCause();
        }
    }

    private static String describe(CircuitBreaker.State state) {
        return switch (state) {
            case OPEN -> "the database is unavailable; suggestions and digests fail at once until a probe succeeds";
            case HALF_OPEN -> "probing the database with the next call";
            case CLOSED -> "the database answers again";
            default -> state.name();
        };
    }

    /** Lets the calls already taken finish, for a few seconds at most. */
    @Override
    public void close() {
        calls.shutdown();
        try {
            if (!calls.awaitTermination(DRAIN.toMillis(), TimeUnit.MILLISECONDS)) {
                calls.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            calls.shutdownNow();
        }
    }
}
