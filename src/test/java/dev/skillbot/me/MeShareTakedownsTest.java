package dev.skillbot.me;

import static dev.skillbot.testing.Cards.button;
import static dev.skillbot.testing.Cards.sections;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Card;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandPorts;
import dev.skillbot.command.CommandService;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.PersonalRig;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A channel share's card posted with its Share button goes when the share stops (revoked or forgotten), through
 * the command service on real stores (H2) and a platform that can be down: the share stops at once whatever the
 * platform, the card waits for it, and once down it is never taken down again.
 */
class MeShareTakedownsTest {

    private final PersonalRig rig = PersonalRig.h2(Clock.systemUTC());
    private final FakePlatform platform = new FakePlatform();
    private final ShareTakedowns takedowns = new ShareTakedowns(rig.stores.shares(), List.of(platform), Runnable::run);
    private final CommandService service = new CommandService(
            FixtureCatalog::load,
            CommandPorts.NONE.withPersonal(new MeCommands(rig.stores, new ChecklistIndex(), List.of(), takedowns)));

    @AfterEach
    void close() {
        rig.close();
    }

    /** A platform that does not answer is tried once per sweep, not once per card. */
    @Test
    void stoppingAShareWhileThePlatformIsDownStopsItAndTakesTheCardDownOnceItAnswers() {
        String open = posted("ann", "C1", "1700000000.000100");
        posted("ann", "C2", "1700000000.000200");
        platform.up = false;

        Card stopped = ask("ann", "C1", "me unshare all");

        assertThat(text(stopped)).contains("Stopped all 2", "posted in channels are deleted there too");
        assertThat(text(ask("bob", "C1", open))).contains("not shared with you");
        assertThat(platform.tried).hasSize(1);
        assertThat(platform.deleted).isEmpty();
        assertThat(rig.stores.shares().toTakeDown(0, 10)).hasSize(2);

        platform.up = true;
        assertThat(takedowns.sweep()).isEqualTo(2);
        assertThat(takedowns.sweep()).isZero();
        assertThat(platform.deleted).containsExactlyInAnyOrder("C1/1700000000.000100", "C2/1700000000.000200");
        assertThat(rig.stores.shares().toTakeDown(0, 10)).isEmpty();
    }

    @Test
    void forgettingTakesDownTheCardsOfEveryShare() {
        posted("ann", "C1", "M1");
        posted("ann", "C2", "M2");

        ask("ann", "C1", "me forget confirm");

        assertThat(platform.deleted).containsExactlyInAnyOrder("C1/M1", "C2/M2");
        assertThat(rig.stores.shares().toTakeDown(0, 10)).isEmpty();
    }

    /**
     * Only the card of an open share of that very channel is kept: a "not shared" answer posted elsewhere stays, a
     * share that lives keeps its card, and a card recorded after its share stopped goes at once.
     */
    @Test
    void onlyThisChannelsShareIsRecordedAndALateRecordGoesAtOnce() {
        String open = posted("ann", "C1", "M1");
        service.posted(invocation("ann", "C2"), open, "M2");
        assertThat(rig.stores.shares().toTakeDown(0, 10)).isEmpty();
        assertThat(platform.tried).isEmpty();

        ask("ann", "C1", "me unshare all");
        service.posted(invocation("ann", "C1"), open, "M3");

        assertThat(platform.deleted).containsExactly("C1/M1", "C1/M3");
    }

    /**
     * Cards a sweep must leave (here a platform this process does not serve, more of them than one page) do not
     * hide a newer card it can take down.
     */
    @Test
    void cardsLeftForLaterDoNotHideNewerOnes() {
        for (int i = 0; i < ShareTakedowns.BATCH + 5; i++) {
            rig.stores.shares().posted(1, new Shares.Post(0, Platform.DISCORD, "G1", "C9", "M" + i), Instant.EPOCH);
        }
        String open = posted("ann", "C1", "M1");
        ask("ann", "C1", "me unshare " + open.replace("me shared ", ""));

        assertThat(platform.deleted).containsExactly("C1/M1");
        assertThat(rig.stores.shares().toTakeDown(0, 100)).hasSize(ShareTakedowns.BATCH + 5);
    }

    /**
     * A card posted in a Discord direct message (shared with that conversation, which only its owner sees) is not
     * kept: no server's channel could ever delete it, and the sweeps would retry it forever.
     */
    @Test
    void aCardPostedInADiscordDirectMessageIsNotKept() {
        Invocation dm =
                new Invocation(Platform.DISCORD, UserRef.NO_WORKSPACE, "D1", "4242", "en", Invocation.Origin.COMMAND);
        service.answer(dm, "me sre senior");
        String open =
                button(service.answer(dm, "me share"), "Share in channel").id().arg(0);
        Invocation posting =
                new Invocation(Platform.DISCORD, UserRef.NO_WORKSPACE, "D1", "4242", "en", Invocation.Origin.PUBLIC);
        service.answer(posting, open);
        service.posted(posting, open, "M1");

        service.answer(dm, "me unshare all");

        assertThat(rig.stores.shares().toTakeDown(0, 10)).isEmpty();
    }

    /** Ann's profile, a share with the channel posted there as message {@code message}; the command that opens it. */
    private String posted(String owner, String channel, String message) {
        ask(owner, channel, "me sre senior");
        String open =
                button(ask(owner, channel, "me share"), "Share in channel").id().arg(0);
        Invocation posting = new Invocation(Platform.SLACK, "T1", channel, owner, "en", Invocation.Origin.PUBLIC);
        assertThat(service.answer(posting, open).kind()).isEqualTo(Card.Kind.CHECKLIST);
        service.posted(posting, open, message);
        return open;
    }

    private static String text(Card card) {
        return sections(card).get(0).text();
    }

    private Card ask(String user, String channel, String text) {
        return service.answer(invocation(user, channel), text);
    }

    private static Invocation invocation(String user, String channel) {
        return new Invocation(Platform.SLACK, "T1", channel, user, "en", Invocation.Origin.COMMAND);
    }

    /** Slack as the take-downs see it: up or down, with what was tried and what went. */
    private static final class FakePlatform implements PostedCards {

        volatile boolean up = true;
        final List<String> tried = new CopyOnWriteArrayList<>();
        final List<String> deleted = new CopyOnWriteArrayList<>();

        @Override
        public Platform platform() {
            return Platform.SLACK;
        }

        @Override
        public Outcome takeDown(Shares.Post post) {
            String where = post.channel() + "/" + post.message();
            tried.add(where);
            if (!up) {
                return Outcome.UNREACHABLE;
            }
            deleted.add(where);
            return Outcome.DOWN;
        }
    }
}
