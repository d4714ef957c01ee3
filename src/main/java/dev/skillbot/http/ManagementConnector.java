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
 * traffic. It reads request lines and headers up to the public connector's limit
 * ({@code server.max-http-request-header-size}, which Spring Boot sets on that connector only): a probe or scrape
 * with the headers a proxy or a browser adds on the way was refused with 400 beyond Tomcat's 8 KB while the public
 * port read it; its other limits are the public connector's, capped ({@link ManagementLimits}). Once the server
 * listens, the port it got is published as {@code local.management.port},
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
        ServerOptions.answerOn(connector, ServerOptions.MANAGEMENT);
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addAdditionalConnectors(connector);
        // run for the public connector only, after Spring Boot's own customizers have set its limits
        factory.addConnectorCustomizers(publicConnector -> ManagementLimits.copy(publicConnector, connector));
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
