package dev.skillbot.persistence;

import dev.skillbot.gitops.MaskedUrls;
import java.sql.SQLException;

/** What a database error says, as a log line or a start-up failure shows it: on one line, without a password. */
public final class DatabaseErrors {

    private DatabaseErrors() {}

    /** The deepest SQL exception's message, or the root cause's: the driver's own words ("Connection to db:5432 refused") say more than their socket-level cause. */
    public static String said(Throwable failure) {
        Throwable deepestSql = null;
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            deepestSql = t instanceof SQLException ? t : deepestSql;
            root = t;
        }
        return masked(oneLine(deepestSql != null ? deepestSql : root));
    }

    /** An exception's message on one line, or its class where it has none. */
    public static String oneLine(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getName() : error.getMessage();
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Without the password, whether in a URL's user part or in a {@code password=} parameter. */
    public static String masked(String text) {
        return MaskedUrls.in(text).replaceAll("(?i)(password=)[^&;\\s]*", "$1" + MaskedUrls.MASK);
    }
}
