package dev.skillbot.discord;

import static dev.skillbot.discord.RunningBot.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.command.CommandService;
import dev.skillbot.discord.fake.FakeDiscord;
import dev.skillbot.discord.fake.Interactions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

/** Replicas run disjoint shard ranges, so each interaction reaches, and is answered by, one of them. */
class DiscordShardingTest {

    private static final Catalog CATALOG = TestCatalogs.fixture();

    @Test
    void twoReplicasSplitTheShardsAndEachInteractionIsAnsweredOnce() {
        String onShard0 = guildOnShard(0, 2);
        String onShard1 = guildOnShard(1, 2);
        try (FakeDiscord discord = FakeDiscord.start(List.of(), 2);
                RunningBot first =
                        RunningBot.start(discord, new CommandService(() -> CATALOG), "SKILLBOT_DISCORD_SHARDS=0/2");
                RunningBot second =
                        RunningBot.start(discord, new CommandService(() -> CATALOG), "SKILLBOT_DISCORD_SHARDS=1/2")) {
            discord.awaitSessions(2);
            assertThat(discord.identified())
                    .extracting(shard -> shard[0] + "/" + shard[1])
                    .containsExactlyInAnyOrder("0/2", "1/2");
            assertThat(first.bot().shards().getShards())
                    .extracting(jda -> jda.getShardInfo().getShardId())
                    .containsExactly(0);

            List<DataObject> interactions = List.of(
                    Interactions.slashIn(onShard0, "help", options()),
                    Interactions.slashIn(onShard1, "help", options()),
                    Interactions.slashInDm("help", options()));
            List<DataObject> later = List.of(
                    Interactions.slashIn(onShard0, "help", options()),
                    Interactions.slashIn(onShard1, "help", options()),
                    Interactions.slashInDm("help", options()));
            interactions.forEach(discord::dispatch);
            later.forEach(discord::dispatch);

            // Each shard delivers its events in order and an answer is in flight until Discord acknowledged
            // it: once the later interactions are answered and neither replica has anything in flight, every
            // answer to the first ones has arrived.
            interactions.forEach(discord::awaitCallback);
            later.forEach(discord::awaitCallback);
            await().atMost(Duration.ofSeconds(10))
                    .until(() ->
                            first.bot().answersInFlight() == 0 && second.bot().answersInFlight() == 0);
            assertThat(interactions)
                    .allSatisfy(interaction ->
                            assertThat(discord.callbacks(interaction)).hasSize(1));
        }
    }

    @Test
    void aReplicaRunsExactlyTheShardsItIsGiven() {
        try (FakeDiscord discord = FakeDiscord.start(List.of(), 4);
                RunningBot replica =
                        RunningBot.start(discord, new CommandService(() -> CATALOG), "SKILLBOT_DISCORD_SHARDS=0-1/4")) {
            discord.awaitSessions(2);

            assertThat(discord.identified())
                    .extracting(shard -> shard[0] + "/" + shard[1])
                    .containsExactlyInAnyOrder("0/4", "1/4");
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> replica.bot().shards().getShards().stream()
                            .allMatch(jda -> jda.getStatus() == JDA.Status.CONNECTED));
            assertThat(replica.bot().shards().getShardsTotal()).isEqualTo(4);
        }
    }

    private static String guildOnShard(int shard, int total) {
        return Stream.iterate(555_555_555_555_555_555L, id -> id + (1L << 22))
                .map(String::valueOf)
                .filter(id -> FakeDiscord.shardOf(id, total) == shard)
                .findFirst()
                .orElseThrow();
    }
}
