package dev.skillbot.slack;

import dev.skillbot.command.Permalinks;
import dev.skillbot.http.HttpLimits;
import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The signature check in front of {@code POST /slack/events} in HTTP mode, right after the body
 * size limit and before Bolt ({@link SlackEventsServlet}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional({SlackConditions.BotToken.class, SlackConditions.SigningSecret.class})
class SlackHttpConfiguration {

    @Bean
    FilterRegistrationBean<SlackSignatureFilter> slackSignatureFilter(
            SlackProperties slack, Clock clock, Permalinks permalinks) {
        FilterRegistrationBean<SlackSignatureFilter> registration = new FilterRegistrationBean<>(
                new SlackSignatureFilter(new SlackSignature(slack.signingSecret(), clock), true));
        registration.addUrlPatterns(SlackConfiguration.EVENTS_PATH);
        registration.setOrder(HttpLimits.FILTER_ORDER + 1);
        return registration;
    }
}
