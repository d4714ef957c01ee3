package dev.skillbot.http;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Body size limits on the endpoints strangers can post to, Slack's and the catalog webhook. They
 * apply on the main port only; the actuator is on the management port.
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

    private static FilterRegistrationBean<BodySizeLimitFilter> limit(String path, long bytes) {
        FilterRegistrationBean<BodySizeLimitFilter> registration =
                new FilterRegistrationBean<>(new BodySizeLimitFilter(bytes));
        registration.addUrlPatterns(path);
        registration.setOrder(HttpLimits.FILTER_ORDER);
        return registration;
    }
}
