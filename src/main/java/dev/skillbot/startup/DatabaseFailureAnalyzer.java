package dev.skillbot.startup;

import dev.skillbot.gitops.MaskedUrls;
import java.sql.SQLException;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * The database could not be reached or used at start-up (refused, unknown host, wrong password, a URL
 * no driver takes): {@code SPRING_DATASOURCE_URL} and the cause, the URL shown without its password.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public final class DatabaseFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    public DatabaseFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        Throwable deepestSql = null;
        Throwable root = failure;
        boolean database = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            database |= t instanceof SQLException
                    || t instanceof BeanCreationException creation && "dataSource".equals(creation.getBeanName())
                    || String.valueOf(t.getMessage()).contains("jdbcUrl");
            deepestSql = t instanceof SQLException ? t : deepestSql;
            root = t;
        }
        if (!database) {
            return null;
        }
        // The driver's own exception says more ("Connection to db:5432 refused") than its socket-level cause.
        Throwable cause = deepestSql != null ? deepestSql : root;
        String url = environment.getProperty("spring.datasource.url", "");
        String description =
                "SPRING_DATASOURCE_URL (" + masked(url) + "): the database cannot be used: " + masked(oneLine(cause));
        String action =
                "Check SPRING_DATASOURCE_URL (jdbc:postgresql://host:5432/database, or jdbc:h2:file:./data/skillbot),"
                        + " SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, and that the database accepts connections from here.";
        return new FailureAnalysis(description, action, failure);
    }

    static String oneLine(Throwable cause) {
        String message = cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Without the password, whether in the URL's user part or in a {@code password=} parameter. */
    private static String masked(String text) {
        return MaskedUrls.in(text).replaceAll("(?i)(password=)[^&;\\s]*", "$1" + MaskedUrls.MASK);
    }
}
