package dev.skillbot.persistence;

import dev.skillbot.suggestion.StoreUnavailableException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
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
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConcurrencyFailureException
                    || cause instanceof SQLTransactionRollbackException
                    || cause instanceof SQLException sql
                            && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    static boolean isOutage(Throwable error) {
        if (isConflict(error)) {
            return false;
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TimeoutException
                    || cause instanceof RejectedExecutionException
                    || cause instanceof StoreUnavailableException
                    || cause instanceof TransientDataAccessException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof NonTransientDataAccessResourceException
                    || cause instanceof SQLTransientException
                    || cause instanceof SQLException sql
                            && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
