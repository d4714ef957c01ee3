package dev.skillbot.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import dev.skillbot.card.RenderedCards;
import dev.skillbot.suggestion.ReviewDeliveries;
import dev.skillbot.suggestion.SuggestionProperties;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

/**
 * The Slack clients (one for answers while a user waits, one for work after the answer) and what
 * sends through them: the renderer and its cache of drawn answers, paced posts, the digest
 * publisher, the messenger, the review channel and the executor for work after the ack.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackConditions.BotToken.class)
class SlackMessagingConfiguration {

    static final Duration PER_CHANNEL = Duration.ofSeconds(1);
    static final Duration GIVE_UP_AFTER = Duration.ofMinutes(2);

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
    RenderedCards<EncodedJson> slackRenderedCards(SlackCardRenderer slackCardRenderer) {
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

    /** Takes stopped shares' cards down from their channels. */
    @Bean
    SlackPostedCards slackPostedCards(SlackMessenger slackWeb) {
        return new SlackPostedCards(slackWeb);
    }

    /** The personal feature's direct messages, such as telling someone that progress was shared with them. */
    @Bean(destroyMethod = "close")
    SlackDirectMessages slackDirectMessages(SlackMessenger slackWeb, SlackReaderLanguage slackReaderLanguage) {
        return new SlackDirectMessages(slackWeb, slackReaderLanguage);
    }

    /** Other people's App Home tabs, published again when a comment or a forget changed what they show. */
    @Bean
    SlackHomeViews slackHomeViews() {
        return new SlackHomeViews();
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
}
