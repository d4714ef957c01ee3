package dev.skillbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Card;
import dev.skillbot.chat.Platform;
import dev.skillbot.persistence.JdbcSubscriptions;
import dev.skillbot.testing.TestDatabases;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Runs on the caller (the executor is {@code Runnable::run}), so each outcome is there when announce returns. */
class SubscriptionAnnouncerTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00.123456789Z");

    private final RecordingPublisher publisher = new RecordingPublisher();
    private final Subscriptions subscriptions = new JdbcSubscriptions(new JdbcTemplate(TestDatabases.h2()));
    private final SubscriptionAnnouncer announcer =
            new SubscriptionAnnouncer(() -> List.of(publisher), Runnable::run, subscriptions);

    @Test
    void aChannelThatCanBePostedInHearsOfItsSubscription() {
        Subscription subscription = subscribe("C_OPEN", NOW);

        announcer.announce(subscription, card("This channel now gets the weekly digest"), card("refused"));

        assertThat(publisher.posts)
                .singleElement()
                .extracting(RecordingPublisher.Post::channel)
                .isEqualTo("C_OPEN");
        assertThat(subscriptions.find(Platform.SLACK, "C_OPEN")).isPresent();
        assertThat(publisher.notes).isEmpty();
    }

    @Test
    void aChannelThatCanNeverBePostedInIsTakenBackAndTheSubscriberTold() {
        publisher.removedChannels.add("C_CLOSED");
        Subscription subscription = subscribe("C_CLOSED", NOW);

        announcer.announce(subscription, card("subscribed"), card("Skillbot could not post in the channel"));

        assertThat(subscriptions.find(Platform.SLACK, "C_CLOSED")).isEmpty();
        assertThat(publisher.notes).containsExactly("U1: Skillbot could not post in the channel");
    }

    @Test
    void aPostThatMayHaveFailedForNowOrASubscriptionChangedMeanwhileIsKept() {
        publisher.lostAnswers.add("C_SLOW");
        announcer.announce(subscribe("C_SLOW", NOW), card("subscribed"), card("refused"));
        assertThat(subscriptions.find(Platform.SLACK, "C_SLOW")).isPresent();

        publisher.removedChannels.add("C_AGAIN");
        Subscription first = subscribe("C_AGAIN", NOW);
        subscriptions.subscribe(new Subscription(
                Platform.SLACK, "T1", "C_AGAIN", new Scope(Scope.Kind.DOMAIN, "operations"), "U2", NOW, 0, "en"));
        announcer.announce(first, card("subscribed"), card("refused"));

        assertThat(subscriptions.find(Platform.SLACK, "C_AGAIN")).isPresent();
        assertThat(publisher.notes).isEmpty();
    }

    private Subscription subscribe(String channel, Instant at) {
        Subscription subscription = new Subscription(Platform.SLACK, "T1", channel, Scope.all(), "U1", at, 0, "en");
        subscriptions.subscribe(subscription);
        return subscription;
    }

    private static Card card(String text) {
        return new Card(Card.Kind.NOTICE, text, List.of(), List.of(), List.of(), List.of(), text);
    }
}
