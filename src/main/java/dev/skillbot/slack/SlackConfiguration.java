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
import dev.skillbot.suggestion.ProposalService;
import dev.skillbot.suggestion.ReviewDeliveries;
import dev.skillbot.suggestion.ReviewFlow;
import dev.skillbot.suggestion.SuggestionProperties;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

/**
 * One Bolt app with one routing table, served over HTTP on {@value #EVENTS_PATH} when a signing
 * secret is set, and over Socket Mode when an app-level token is set; the digest publisher and
 * the platform status beside it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackConditions.BotToken.class)
class SlackConfiguration {

    static final String EVENTS_PATH = "/slack/events";
    static final Duration PER_CHANNEL = Duration.ofSeconds(1);
    static final Duration GIVE_UP_AFTER = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(SlackConfiguration.class);

    /** The client for calls made while a user waits: each gives up within Slack's 3 s ({@link SlackClients}). */
    @Bean(destroyMethod = "close")
    Slack slackClient(SlackProperties slack) {
        return SlackClients.create(slack.apiUrl(), SlackClients.ANSWERING);
    }

    /** The client for work after the answer (posts, updates, digests): longer limits, its own connections. */
    @Bean(destroyMethod = "close")
    SlackClients.Background slackBackgroundClient(SlackProperties slack) {
        return new SlackClients.Background(slack.apiUrl(), slack.botToken());
    }

    @Bean
    MethodsClient slackMethods(Slack slackClient, SlackProperties slack) {
        return slackClient.methods(slack.botToken());
    }

    /** Draws in the workspace's language: review posts, and answers cached by card. */
    @Bean
    SlackCardRenderer slackCardRenderer(SlackProperties slack) {
        return SlackCardRenderer.forLocale(slack.locale());
    }

    /** Drawn answers kept per card; its hit ratio is exported as a metric. */
    @Bean
    RenderedCards<String> slackRenderedCards(SlackCardRenderer slackCardRenderer) {
        return AnswerJsonCache.cache(slackCardRenderer);
    }

    /** Waits through the {@link Sleeper} bean when there is one (tests), else really. */
    @Bean
    PacedSlackCalls slackDelivery(Clock clock, ObjectProvider<Sleeper> sleeper) {
        return new PacedSlackCalls(clock, sleeper.getIfAvailable(() -> Sleeper.REAL), PER_CHANNEL, GIVE_UP_AFTER);
    }

    @Bean
    SlackDigestPublisher slackDigestPublisher(
            SlackClients.Background slackBackgroundClient, PacedSlackCalls slackDelivery) {
        return new SlackDigestPublisher(slackBackgroundClient.methods(), slackDelivery);
    }

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

    @Bean
    SlackMessenger slackWeb(
            MethodsClient slackMethods,
            SlackClients.Background slackBackgroundClient,
            SlackCardRenderer slackCardRenderer,
            PacedSlackCalls slackDelivery) {
        return new SlackMessenger(slackMethods, slackBackgroundClient.methods(), slackCardRenderer, slackDelivery);
    }

    /** The review flow's way into Slack: review posts, their updates, and direct messages to authors. */
    @Bean
    SlackReviewChannel slackReviewChannel(
            SlackMessenger slackWeb,
            SuggestionProperties suggestions,
            SlackProperties slack,
            SlackReaderLanguage slackReaderLanguage) {
        return new SlackReviewChannel(
                slackWeb, suggestions.slack().reviewChannel(), slack.locale(), slackReaderLanguage);
    }

    /**
     * Answers after the ack, and nothing else (review posts and direct messages run on the review
     * flow's {@link ReviewDeliveries}). Closed after the Bolt app stopped (which needs it) and before
     * the Slack client closes (which it needs), so the work handed over can finish.
     */
    @Bean(destroyMethod = "close")
    @DependsOn("slackClient")
    AfterAckExecutor slackFollowUps() {
        return new AfterAckExecutor();
    }

    /** Started here, so the one {@code auth.test} call happens at start-up and never before an ack. */
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
            RenderedCards<String> slackRenderedCards,
            AfterAckExecutor afterAck,
            ReviewDeliveries reviewDeliveries,
            SlackClients.Background slackBackgroundClient,
            Permalinks permalinks) {
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
        App app = new App(config);
        ResponseUrlPoster responder = new ResponseUrlPoster(slackClient, afterAck);
        SlackHome home =
                new SlackHome(commands, slackBackgroundClient.methods(), reviewers, afterAck, readers, follows);
        new SlackRoutes(
                        commands,
                        new AnswerJsonCache(commands, slackRenderedCards),
                        responder,
                        reviewers,
                        new SlackSuggestionFlow(commands, reviewFlow, web, reviewDeliveries, readers),
                        new SlackReviewFlow(reviewFlow, reviewers, web, responder, afterAck, readers),
                        follows,
                        readers)
                .withHome(home, afterAck)
                .register(app);
        home.register(app);
        if (permalinks.enabled()) { // an unfurl is read by the whole channel: the workspace's language
            SlackRoutes.unfurls(app, new SlackUnfurls(commands, permalinks, web, afterAck, slack.locale()));
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
                slackApp, slack.appToken(), status.socketMode(), SlackSocketModeRunner.CLOSE_TIMEOUT);
    }

    @Bean
    SlackPlatformStatus slackPlatformStatus(SlackProperties slack, Clock clock) {
        return new SlackPlatformStatus(
                slack.socketMode() ? new SocketModeSessions(clock, slack.socketModeGrace()) : null);
    }
}
