package dev.skillbot.http;

import java.util.Map;
import org.apache.catalina.connector.Connector;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The actuator's port as a second connector of the application's Tomcat (see {@link
 * ManagementPortInitializer}), with a small thread pool of its own: probes and scrapes, never user
 * traffic. Once the server listens, the port it got is published as {@code local.management.port},
 * as Spring Boot does for its own management server (port 0 means any free port).
 */
final class ManagementConnector
        implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>,
                ApplicationListener<WebServerInitializedEvent> {

    private final Connector connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
    private final ConfigurableEnvironment environment;

    ManagementConnector(int port, ConfigurableEnvironment environment) {
        this.environment = environment;
        connector.setPort(port);
        connector.setProperty("minSpareThreads", "1");
        connector.setProperty("maxThreads", "4");
        connector.setProperty("threadsMaxIdleTime", "60000");
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addAdditionalConnectors(connector);
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getWebServer() instanceof TomcatWebServer) {
            environment
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "skillbot-management-port", Map.of("local.management.port", localPort())));
        }
    }

    /** The port the connector listens on, -1 before the server started. */
    int localPort() {
        return connector.getLocalPort();
    }
}
