package dev.skillbot.discord;

import static dev.skillbot.discord.RunningBot.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skillbot.command.CommandService;
import dev.skillbot.discord.fake.FakeDiscord;
import dev.skillbot.discord.fake.Interactions;
import dev.skillbot.discord.fake.Recorded;
import dev.skillbot.testing.Threads;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

/**
 * Shut-down with an interaction in flight, through the fake gateway: closing the context waits
 * until the interaction is answered (and one that arrives meanwhile), then JDA closes the gateway
 * normally, and the shards are shut down by the time the context is closed. The answers are held
 * back by a gate the test opens only once shut-down is waiting for them, so the order is certain
 * without timing.
 */
class DiscordShutdownTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void answersInFlightAreSentBeforeJdaClosesTheGatewayNormally() throws Exception {
        GatedCatalog catalog = new GatedCatalog(TestCatalogs.fixture());
        try (FakeDiscord discord = FakeDiscord.start()) {
            RunningBot running = RunningBot.start(discord, new CommandService(catalog));
            discord.awaitRequest(request -> request.is("PUT", "applications/\\d+/commands"));
            DiscordBot bot = running.bot();
            List<JDA> shards = bot.shards().getShards();
            DataObject inFlight = Interactions.slash("lookup", options("skill", "canary-releases", "level", "senior"));
            catalog.close();
            discord.dispatch(inFlight);
            await().atMost(WAIT).until(() -> catalog.waiting() == 1);

            // when the context closes while the answer is being worked out
            Threads.Started closing = Threads.start("closing", running::close);
            await().atMost(WAIT).until(() -> closing.waitingIn(InFlight.class));

            // then the gateway stays open for it, and an interaction arriving meanwhile is taken too
            assertThat(discord.gatewayCloses()).isEmpty();
            DataObject meanwhile = Interactions.slash("lookup", options("skill", "canary-releases", "level", "lead"));
            discord.dispatch(meanwhile);
            await().atMost(WAIT).until(() -> catalog.waiting() == 2);
            assertThat(closing.done()).isNotDone();
            catalog.open();
            closing.done().get(30, TimeUnit.SECONDS);

            // both were answered before JDA closed the gateway with a normal close, and the shards are shut down
            Recorded first = answer(discord, inFlight);
            Recorded second = answer(discord, meanwhile);
            assertThat(title(first)).isEqualTo("Canary Releases · Senior");
            assertThat(title(second)).isEqualTo("Canary Releases · Lead");
            await().atMost(WAIT).until(() -> !discord.gatewayCloses().isEmpty());
            FakeDiscord.GatewayClose close = discord.gatewayCloses().get(0);
            assertThat(close.code()).isEqualTo(1000);
            assertThat(close.byClient()).isTrue();
            assertThat(close.requestsBefore()).contains(first, second);
            assertThat(shards)
                    .isNotEmpty()
                    .allSatisfy(shard -> assertThat(shard.getStatus()).isEqualTo(JDA.Status.SHUTDOWN));
        }
    }

    /** The card sent for an interaction: its reply, or after a deferral the edit of the original response. */
    private static Recorded answer(FakeDiscord discord, DataObject interaction) {
        Recorded callback = discord.awaitCallback(interaction);
        if (callback.callbackType() == 4) {
            return callback;
        }
        return discord.awaitRequest(request -> request.is(
                "PATCH",
                "webhooks/" + FakeDiscord.APPLICATION_ID + "/" + interaction.getString("token")
                        + "/messages/@original"));
    }

    private static String title(Recorded answer) {
        DataObject message = answer.method().equals("POST") ? answer.data() : answer.json();
        return message.getArray("embeds").getObject(0).getString("title");
    }
}
