package dev.skillbot.me;

import static dev.skillbot.testing.Cards.sections;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Card;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandPorts;
import dev.skillbot.command.CommandService;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.MemoryPersonal;
import dev.skillbot.testing.MutableClock;
import dev.skillbot.testing.RecordedDirectMessages;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Sharing with one person tells them by a direct message from the bot, but one sharer tells one person at most once
 * an hour: sharing, stopping and sharing again, or many shares released at once, send one message, not a flood.
 */
class MeShareToldTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final RecordedDirectMessages messages = new RecordedDirectMessages(Platform.SLACK);
    private final List<String> sent = messages.sent;
    private final CommandService service = new CommandService(
            FixtureCatalog::load,
            CommandPorts.NONE.withPersonal(new MemoryPersonal().commands(clock, List.of(messages))));

    @Test
    void oneSharerTellsOnePersonAtMostOnceAnHour() {
        ask("ann", "me sre senior");
        assertThat(ask("ann", "me share <@bob>")).contains("only, who got a direct message");
        ask("ann", "me unshare all");

        String again = ask("ann", "me share <@bob>");
        String other = ask("ann", "me share <@cid>");

        assertThat(again)
                .contains("only. You told them of a share in the last hour, so no new direct message was sent");
        assertThat(other).contains("only, who got a direct message");
        assertThat(sent).containsExactly("bob", "cid");
        clock.advance(Duration.ofMinutes(61));
        ask("ann", "me share <@bob>");
        assertThat(sent).containsExactly("bob", "cid", "bob");
    }

    @Test
    void aMessageThatCouldNotBeDeliveredIsTriedAgainByTheNextShare() {
        ask("ann", "me sre senior");
        messages.delivering(false);
        assertThat(ask("ann", "me share <@bob>")).contains("could not be delivered");
        messages.delivering(true);

        assertThat(ask("ann", "me share <@bob>")).contains("who got a direct message");
        assertThat(sent).containsExactly("bob", "bob");
    }

    /**
     * A message still on its way when the sharer is answered, which the platform then refuses, does not use up the
     * hour either: the next share tells them.
     */
    @Test
    void aMessageRefusedAfterTheAnswerIsTriedAgainByTheNextShare() {
        ask("ann", "me sre senior");
        messages.holding(true);
        assertThat(ask("ann", "me share <@bob>")).contains("is on its way");
        messages.holding(false);
        messages.held.get(0).complete(false);

        assertThat(ask("ann", "me share <@bob>")).contains("who got a direct message");
        assertThat(sent).containsExactly("bob", "bob");
    }

    @Test
    void manySharesReleasedTogetherTellThePersonOnce() throws Exception {
        ask("ann", "me sre senior");
        int shares = 16;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(shares);
        try {
            List<Future<String>> answers = new CopyOnWriteArrayList<>();
            for (int i = 0; i < shares; i++) {
                answers.add(threads.submit(() -> {
                    go.await();
                    return ask("ann", "me share <@bob>");
                }));
            }
            go.countDown();
            for (Future<String> answer : answers) {
                assertThat(answer.get()).startsWith("Shared with ");
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(sent).containsExactly("bob");
    }

    private String ask(String user, String text) {
        Card card =
                service.answer(new Invocation(Platform.SLACK, "T1", "C1", user, "en", Invocation.Origin.COMMAND), text);
        return sections(card).get(0).text();
    }
}
