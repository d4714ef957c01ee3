package dev.skillbot.http;

import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Body size limits on the endpoints strangers can post to, Slack's and the catalog webhook. They
 * apply on the main port only; the actuator is on the management port, a second connector of the
 * same server ({@link ManagementPortInitializer}).
 */
@Configuration(proxyBeanMethods = false)
class HttpConfiguration {

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> slackBodyLimit(HttpLimits limits) {
        return limit("/slack/events", limits.maxSlackBody().toBytes());
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> webhookBodyLimit(HttpLimits limits) {
        return limit("/hooks/catalog", limits.maxWebhookBody().toBytes());
    }

    /** {@code OPTIONS *} on the public port names its methods ({@link ServerOptions}); the actuator's connector its own. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> serverOptions() {
        return factory ->
                factory.addConnectorCustomizers(connector -> ServerOptions.answerOn(connector, ServerOptions.PUBLIC));
    }

    @Bean
    @ConditionalOnProperty(ManagementPortInitializer.CONNECTOR_PORT)
    ManagementConnector managementConnector(ConfigurableEnvironment environment) {
        return new ManagementConnector(
                environment.getRequiredProperty(ManagementPortInitializer.CONNECTOR_PORT, Integer.class), environment);
    }

    /** First of all filters: nothing else runs for a request on the wrong port. */
    @Bean
    @ConditionalOnProperty(ManagementPortInitializer.CONNECTOR_PORT)
    FilterRegistrationBean<ManagementPortFilter> managementPortFilter(
            ManagementConnector connector, WebEndpointProperties endpoints) {
        FilterRegistrationBean<ManagementPortFilter> registration =
                new FilterRegistrationBean<>(new ManagementPortFilter(connector::localPort, endpoints.getBasePath()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static FilterRegistrationBean<BodySizeLimitFilter> limit(String path, long bytes) {
        FilterRegistrationBean<BodySizeLimitFilter> registration =
                new FilterRegistrationBean<>(new BodySizeLimitFilter(bytes));
        registration.addUrlPatterns(path);
        registration.setOrder(HttpLimits.FILTER_ORDER);
        return registration;
    }
}
