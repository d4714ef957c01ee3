package dev.skillbot.web;

import dev.skillbot.http.SeparateManagementServer;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextType;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The error pages of Spring Boot's own management server, which it keeps when the actuator has an address or SSL
 * ({@code http.ManagementPortInitializer}), and what the actuator's port has on the one server (a path parameter's
 * 404, {@link PathParameterValve} beside the error valve; {@link SeparateManagementServer}'s limits): the plain page of the management connector ({@link ErrorPages}), in
 * place of Spring's JSON error (with the time and the path, and a 406 without a body to a browser) and Tomcat's
 * "HTTP Status 400" page. Imported into the management server's context only (listed in
 * {@code META-INF/spring/…ManagementContextConfiguration.imports}); component scanning finds it too, and its
 * condition keeps it out of the application's own context, which has no parent.
 */
@ManagementContextConfiguration(value = ManagementContextType.CHILD, proxyBeanMethods = false)
@Conditional(ManagementErrorPagesConfiguration.InManagementContext.class)
class ManagementErrorPagesConfiguration {

    /** What Tomcat refuses before the management server's application sees it (an unreadable request). */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> managementErrorValve(ErrorPages pages) {
        return new WebConfiguration.ErrorValveCustomizer(pages);
    }

    /** Its connector's limits and {@code OPTIONS *}, as the actuator's connector of the one server has them. */
    @Bean
    SeparateManagementServer managementConnectorLimits() {
        return new SeparateManagementServer();
    }

    /**
     * Every error the management server's application answers, and {@code /error} asked for directly: answered
     * before the actuator's own error endpoint, as {@link CatalogErrorController} answers them on the other ports.
     */
    @Bean
    FilterRegistrationBean<ErrorPageAnswer> managementErrorPage(ErrorPages pages, Environment environment) {
        FilterRegistrationBean<ErrorPageAnswer> registration =
                new FilterRegistrationBean<>(new ErrorPageAnswer(new CatalogErrorController(pages)));
        registration.addUrlPatterns(environment.getProperty("server.error.path", "/error"));
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static final class InManagementContext implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return context.getBeanFactory() != null && context.getBeanFactory().getParentBeanFactory() != null;
        }
    }
}
