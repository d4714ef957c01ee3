package dev.skillbot.http;

import java.util.Map;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Serves the actuator's own port ({@code management.server.port}, {@code MANAGEMENT_SERVER_PORT}) from
 * a second connector of the one web server, instead of the second Tomcat and child application context
 * Spring Boot starts for it: that pair cost about a tenth of start-up and 15 threads
 * (docs/performance.md). The port is handed to {@link ManagementConnector} and Spring Boot is told the
 * actuator shares the server; {@link ManagementPortFilter} keeps the actuator off the public port and
 * everything else off the actuator's.
 *
 * <p>Runs before the context is refreshed, so the management context's conditions already see the
 * shared server. Any other {@code management.server.*} setting (an address, SSL) keeps Spring Boot's
 * own separate server, as does a port of -1 (no actuator over HTTP) or the server's own port.
 */
public final class ManagementPortInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Where the moved port goes; {@link HttpConfiguration} adds the connector when it is set. */
    static final String CONNECTOR_PORT = "skillbot.management-connector.port";

    private static final String MANAGEMENT_PORT = "management.server.port";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!(context instanceof WebServerApplicationContext)) {
            return;
        }
        ConfigurableEnvironment environment = context.getEnvironment();
        Integer management = environment.getProperty(MANAGEMENT_PORT, Integer.class);
        if (management == null || management < 0 || !onlyThePortIsSet(environment)) {
            return;
        }
        Integer server = environment.getProperty("server.port", Integer.class, 8080);
        if (management != 0 && management.equals(server)) {
            return; // the actuator on the public port, as asked
        }
        // An empty port is no port: Spring Boot's management context then shares the application's server.
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "skillbot-management-connector", Map.of(MANAGEMENT_PORT, "", CONNECTOR_PORT, management)));
    }

    private static boolean onlyThePortIsSet(ConfigurableEnvironment environment) {
        return environment.getProperty("management.server.address") == null
                && !environment.getProperty("management.server.ssl.enabled", Boolean.class, false)
                && environment.getProperty("management.server.base-path", "").isEmpty();
    }
}
