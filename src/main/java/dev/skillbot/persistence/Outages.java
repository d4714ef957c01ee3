package dev.skillbot.persistence;

import dev.skillbot.suggestion.StoreUnavailableException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import org.springframework.dao.NonTransientDataAccessResourceException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;

/** Tells a database that cannot answer now (down, unreachable, too slow, backed up) from a programming error. */
final class Outages {

    private Outages() {}

    static boolean isOutage(Throwable error) {
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
