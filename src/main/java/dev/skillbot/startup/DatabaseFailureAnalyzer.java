package dev.skillbot.startup;

import dev.skillbot.persistence.DatabaseErrors;
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
        boolean database = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            database |= t instanceof SQLException
                    || t instanceof BeanCreationException creation && "dataSource".equals(creation.getBeanName())
                    || String.valueOf(t.getMessage()).contains("jdbcUrl");
        }
        if (!database) {
            return null;
        }
        String url = environment.getProperty("spring.datasource.url", "");
        String description = "SPRING_DATASOURCE_URL (" + DatabaseErrors.masked(url) + "): the database cannot be used: "
                + DatabaseErrors.said(failure);
        String action =
                "Check SPRING_DATASOURCE_URL (jdbc:postgresql://host:5432/database, or jdbc:h2:file:./data/skillbot),"
                        + " SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, and that the database accepts connections from here.";
        return new FailureAnalysis(description, action, failure);
    }
}
