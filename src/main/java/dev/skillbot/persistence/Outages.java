package dev.skillbot.persistence;

import dev.skillbot.suggestion.StoreUnavailableException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.NonTransientDataAccessResourceException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Tells a database that cannot answer now (down, unreachable, too slow, backed up) from a programming error,
 * and both from a conflict between transactions (a deadlock, a lock not granted): the database answered, so a
 * conflict is worth another try but is no outage, and must not open the circuit for everyone.
 */
final class Outages {

    private Outages() {}

    /** Whether {@code error} says the database is up but this transaction lost a conflict with another. */
    static boolean isConflict(Throwable error) {
        return anyCause(
                error,
                cause -> cause instanceof ConcurrencyFailureException
                        || cause instanceof SQLTransactionRollbackException
                        || sqlState(cause, "40"));
    }

    static boolean isOutage(Throwable error) {
        return !isConflict(error)
                && anyCause(
                        error,
                        cause -> cause instanceof TimeoutException
                                || cause instanceof RejectedExecutionException
                                || cause instanceof StoreUnavailableException
                                || cause instanceof TransientDataAccessException
                                || cause instanceof RecoverableDataAccessException
                                || cause instanceof NonTransientDataAccessResourceException
                                || cause instanceof SQLTransientException
                                || sqlState(cause, "08"));
    }

    private static boolean anyCause(Throwable error, Predicate<Throwable> test) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code error} is an SQL error of the SQLState class {@code prefix} (08: connection, 40: rollback). */
    private static boolean sqlState(Throwable error, String prefix) {
        return error instanceof SQLException sql
                && sql.getSQLState() != null
                && sql.getSQLState().startsWith(prefix);
    }
}
