package dev.skillbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import dev.skillbot.command.CommandService;
import dev.skillbot.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * One Bolt app with one routing table, served over HTTP on {@value #EVENTS_PATH} when a signing
 * secret is set, and over Socket Mode when an app-level token is set.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackConditions.BotToken.class)
class SlackConfiguration {

    static final String EVENTS_PATH = "/slack/events";
    private static final Logger log = LoggerFactory.getLogger(SlackConfiguration.class);

    @Bean(destroyMethod = "close")
    Slack slackClient(SlackProperties slack) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.getMethodsConfig().setStatsEnabled(false); // no metrics, so no extra auth.test per token
        return Slack.getInstance(config);
    }

    /** Started here, so the one {@code auth.test} call happens at start-up and never before an ack. */
    @Bean(destroyMethod = "stop")
    App slackApp(SlackProperties slack, Slack slackClient, CommandService commands) {
        AppConfig config = AppConfig.builder()
                .slack(slackClient)
                .singleTeamBotToken(slack.botToken())
                .signingSecret(slack.signingSecret())
                .requestVerificationEnabled(slack.httpMode())
                .authTestCacheExpirationMillis(-1)
                .clientId(null)
                .clientSecret(null)
                .build();
        App app = new App(config);
        SlackCardRenderer renderer = new SlackCardRenderer(Messages.forLocale(slack.locale()));
        new SlackRoutes(commands, new SlackAnswers(commands, renderer), renderer,
                new SlackResponder(slackClient, app.executorService()), slack.locale()).register(app);
        log.info("Slack: {}{}, Web API {}", slack.httpMode() ? "HTTP on POST " + EVENTS_PATH : "",
                slack.socketMode() ? (slack.httpMode() ? " and " : "") + "Socket Mode" : "", slack.apiUrl());
        return app.start();
    }

    @Bean
    @Conditional(SlackConditions.SigningSecret.class)
    ServletRegistrationBean<SlackAppServlet> slackEventsServlet(App slackApp) {
        return new ServletRegistrationBean<>(new SlackAppServlet(slackApp), EVENTS_PATH);
    }

    @Bean
    @Conditional(SlackConditions.AppToken.class)
    SlackSocketModeRunner slackSocketMode(App slackApp, SlackProperties slack) {
        return new SlackSocketModeRunner(slackApp, slack.appToken());
    }
}
