package dev.skillbot.slack;

import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.methods.MethodsClient;
import dev.skillbot.card.RenderedCards;
import dev.skillbot.command.CommandService;
import dev.skillbot.command.Permalinks;
import dev.skillbot.digest.DigestProperties;
import dev.skillbot.digest.follow.FollowService;
import dev.skillbot.i18n.LanguagePreferences;
import dev.skillbot.i18n.ReaderLanguage;
import dev.skillbot.me.HomeViewVersions;
import dev.skillbot.suggestion.ProposalService;
import dev.skillbot.suggestion.ReviewDeliveries;
import dev.skillbot.suggestion.ReviewFlow;
import dev.skillbot.suggestion.SuggestionProperties;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * One Bolt app with one routing table ({@link SlackRoutes}), served over HTTP on {@value #EVENTS_PATH}
 * when a signing secret is set, and over Socket Mode when an app-level token is set; the reader's
 * language, the reviewers and the platform status beside it. The clients and what sends through
 * them are in {@link SlackMessagingConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackConditions.BotToken.class)
class SlackConfiguration {

    static final String EVENTS_PATH = "/slack/events";
    private static final Logger log = LoggerFactory.getLogger(SlackConfiguration.class);

    /**
     * Each user's Slack language, from {@code users.info} on the background client: a reader waits for
     * the call only briefly, and a call that outlives the wait still serves the next lookup.
     */
    @Bean(destroyMethod = "close")
    SlackUserLocales slackUserLocales(SlackClients.Background slackBackgroundClient, SlackProperties slack) {
        return new SlackUserLocales(slackBackgroundClient.methods(), slack.userLocaleWait(), Ticker.systemTicker());
    }

    /** The reader's language: their own choice (a {@link LanguagePreferences} bean, if any), Slack's, or the workspace's. */
    @Bean
    SlackReaderLanguage slackReaderLanguage(
            SlackUserLocales slackUserLocales, SlackProperties slack, ObjectProvider<LanguagePreferences> preferences) {
        return new SlackReaderLanguage(
                new ReaderLanguage(preferences.getIfAvailable(() -> LanguagePreferences.NONE)),
                slackUserLocales,
                slack.locale());
    }

    @Bean
    SlackReviewers slackReviewers(
            MethodsClient slackMethods,
            ProposalService proposals,
            SuggestionProperties suggestions,
            DigestProperties digest) {
        return new SlackReviewers(slackMethods, proposals, suggestions.slack().reviewers(), digest.slackRule());
    }

    /** Started here; its {@code auth.test} is {@link SlackAuthorization}'s, never made before an ack. */
    @Bean(destroyMethod = "stop")
    App slackApp(
            SlackProperties slack,
            Slack slackClient,
            CommandService commands,
            ReviewFlow reviewFlow,
            FollowService follows,
            SlackReviewers reviewers,
            SlackMessenger web,
            SlackReaderLanguage readers,
            SlackPlatformStatus status,
            RenderedCards<EncodedJson> slackRenderedCards,
            AfterAckExecutor afterAck,
            ReviewDeliveries reviewDeliveries,
            SlackClients.Background slackBackgroundClient,
            Permalinks permalinks,
            SlackHomeViews slackHomeViews,
            HomeViewVersions homeViewVersions,
            SlackAuthorization slackAuthorization,
            Clock clock) {
        AppConfig config = AppConfig.builder()
                .slack(slackClient)
                .singleTeamBotToken(slack.botToken())
                .signingSecret(slack.signingSecret())
                // Every HTTP request was verified by SlackSignatureFilter before Bolt sees it (same path, same
                // conditions); Bolt's second HMAC, hex-formatted a byte at a time, was a fifth of a request's CPU
                // (docs/performance.md). Socket Mode needs no signature.
                .requestVerificationEnabled(false)
                .authTestCacheExpirationMillis(-1)
                .clientId(null)
                .clientSecret(null)
                .build();
        App app = new App(config, slackAuthorization.inPlaceOfBolts(config)).asOAuthApp(false);
        ResponseUrlPoster responder = new ResponseUrlPoster(slackClient, afterAck);
        SlackHome home = new SlackHome(
                commands,
                new HomeViewPublisher(slackBackgroundClient.methods(), homeViewVersions, clock),
                reviewers,
                afterAck,
                readers,
                follows,
                new SlackHomeDocuments(web));
        slackHomeViews.serve(home);
        SlackSuggestionFlow suggestions = new SlackSuggestionFlow(commands, reviewFlow, web, reviewDeliveries, readers);
        new SlackRoutes(
                        responder,
                        readers,
                        List.of(
                                new SlackLookupRoutes(
                                                commands,
                                                new AnswerJsonCache(commands, slackRenderedCards),
                                                responder,
                                                reviewers,
                                                suggestions,
                                                follows,
                                                readers,
                                                new SlackChannelPosts(commands, web, responder, afterAck))
                                        .withHome(home),
                                new SlackSuggestionRoutes(
                                        suggestions,
                                        new SlackReviewFlow(reviewFlow, reviewers, web, responder, afterAck, readers),
                                        readers),
                                new SlackMeRoutes(commands, responder, readers, home),
                                routes -> home.register(routes.app())))
                .register(app);
        if (permalinks.enabled()) { // an unfurl is read by the whole channel: the workspace's language
            SlackRoutes.unfurls(app, new SlackUnfurls(commands, permalinks, web, afterAck, slack.locale()));
        } else {
            SlackRoutes.noUnfurls(app);
        }
        log.info(
                "Slack: {}{}, Web API {}",
                slack.httpMode() ? "HTTP on POST " + EVENTS_PATH : "",
                slack.socketMode() ? (slack.httpMode() ? " and " : "") + "Socket Mode" : "",
                slack.apiUrl());
        app.start();
        status.started(app.status() == App.Status.Running);
        return app;
    }

    @Bean
    @Conditional(SlackConditions.SigningSecret.class)
    ServletRegistrationBean<SlackEventsServlet> slackServlet(App slackApp) {
        return new ServletRegistrationBean<>(new SlackEventsServlet(slackApp), EVENTS_PATH);
    }

    @Bean
    @Conditional(SlackConditions.AppToken.class)
    SlackSocketModeRunner slackSocketMode(App slackApp, SlackProperties slack, SlackPlatformStatus status) {
        return new SlackSocketModeRunner(
                slackApp,
                slack.appToken(),
                status.socketMode(),
                SlackSocketModeRunner.CLOSE_TIMEOUT,
                SlackSocketModeRunner.FIRST_RETRY);
    }

    /** Asks Slack's {@code auth.test} at start, and again in the background while Slack cannot be reached. */
    @Bean(destroyMethod = "close")
    SlackAuthorization slackAuthorization(SlackProperties slack, Slack slackClient, SlackPlatformStatus status) {
        return SlackAuthorization.start(
                slackClient.methods(), slack.botToken(), SlackAuthorization.FIRST_WAIT, status::note);
    }

    @Bean
    SlackPlatformStatus slackPlatformStatus(SlackProperties slack, Clock clock) {
        return new SlackPlatformStatus(
                slack.socketMode() ? new SocketModeSessions(clock, slack.socketModeGrace()) : null);
    }
}
