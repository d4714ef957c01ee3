package dev.skillbot.me;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skillbot.chat.Platform;
import dev.skillbot.testing.PersonalRig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The take-downs of stopped shares' cards run on a thread the Spring context starts and stops: after the context is
 * closed no such thread is left, and a card still waiting then is not lost but taken down right after the next start.
 */
class ShareTakedownLifecycleTest {

    private final PersonalRig rig = PersonalRig.h2(Clock.systemUTC());

    @AfterEach
    void close() {
        rig.close();
    }

    /** The very threads that took cards down in this context (other tests' contexts may run their own meanwhile). */
    @Test
    void noTakedownThreadOutlivesTheContext() {
        FakePlatform down = new FakePlatform(PostedCards.Outcome.LATER);
        waitingCard("M1");

        context(down).run(context -> {
            context.getBean(ShareTakedowns.class).soon();
            await().atMost(Duration.ofSeconds(10)).until(() -> !down.tried.isEmpty());
            assertThat(down.threads).allMatch(Thread::isAlive);
        });

        assertThat(down.threads).isNotEmpty().noneMatch(Thread::isAlive);
    }

    @Test
    void aCardLeftWaitingWhenTheContextClosesIsTakenDownRightAfterTheNextStart() {
        FakePlatform down = new FakePlatform(PostedCards.Outcome.UNREACHABLE);
        waitingCard("M1");
        ShareTakedowns[] closed = new ShareTakedowns[1];
        context(down).run(context -> {
            await().atMost(Duration.ofSeconds(10)).until(() -> !down.tried.isEmpty());
            closed[0] = context.getBean(ShareTakedowns.class);
        });
        closed[0].soon(); // a stop answered while the context closed: refused, and the card stays recorded
        assertThat(rig.stores.shares().toTakeDown(0, 10)).hasSize(1);

        FakePlatform up = new FakePlatform(PostedCards.Outcome.DOWN);
        context(up)
                .run(context -> await().atMost(Duration.ofSeconds(10))
                        .until(() -> rig.stores.shares().toTakeDown(0, 10).isEmpty()));

        assertThat(up.tried).containsExactly("C1/M1");
    }

    private ApplicationContextRunner context(FakePlatform platform) {
        return new ApplicationContextRunner()
                .withUserConfiguration(ShareTakedownConfiguration.class)
                .withBean(PersonalStores.class, () -> rig.stores)
                .withBean(PostedCards.class, () -> platform);
    }

    /** A card posted for a share that no longer exists: waiting to be taken down. */
    private void waitingCard(String message) {
        rig.stores.shares().posted(1, new Shares.Post(0, Platform.SLACK, "T1", "C1", message), Instant.EPOCH);
    }

    /** Slack as the take-downs see it, answering every card with {@code outcome}. */
    private static final class FakePlatform implements PostedCards {

        final List<String> tried = new CopyOnWriteArrayList<>();
        final java.util.Set<Thread> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final Outcome outcome;

        FakePlatform(Outcome outcome) {
            this.outcome = outcome;
        }

        @Override
        public Platform platform() {
            return Platform.SLACK;
        }

        @Override
        public Outcome takeDown(Shares.Post post) {
            threads.add(Thread.currentThread());
            tried.add(post.channel() + "/" + post.message());
            return outcome;
        }
    }
}
