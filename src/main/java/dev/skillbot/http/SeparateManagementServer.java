package dev.skillbot.http;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * The connector of Spring Boot's own management server, which it keeps when the actuator has an address, SSL or a
 * base path ({@link ManagementPortInitializer}): it answers {@code OPTIONS *} with the actuator's methods
 * ({@link ServerOptions}) and is capped as the management connector of the one server is ({@link ManagementLimits},
 * from the limits Spring Boot copied onto it from {@code server.tomcat.*}). Without it that server kept Tomcat's
 * defaults: 8,192 connections, a minute's timeouts, and {@code OPTIONS *} naming PUT and DELETE. Ordered last, so it
 * runs after Spring Boot's customizers have set those limits.
 */
public final class SeparateManagementServer
        implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            ServerOptions.answerOn(connector, ServerOptions.MANAGEMENT);
            ManagementLimits.copy(connector, connector);
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
