package dev.skillbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skillbot.command.CommandService;
import dev.skillbot.discord.fake.FakeDiscord;
import dev.skillbot.discord.fake.Interactions;
import dev.skillbot.discord.fake.Recorded;
import dev.skillbot.testing.MutableClock;
import dev.skillbot.testing.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Two replicas split the shards and share one database. A suggestion made where the review
 * channel's server is not served (a direct message reaches shard 0; the review channel's server is on
 * shard 1) is saved there and posted, once, by the replica that runs shard 1.
 */
class DiscordSplitShardReviewTest {

    @Test
    void theReplicaThatRunsTheReviewChannelsShardPostsTheReviewExactlyOnce() {
        String reviewGuild = guildOnShard(1, 2);
        DataSource shared = TestDatabases.h2();
        MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));
        CommandService commands = new CommandService(TestCatalogs::fixture);
        try (FakeDiscord discord = FakeDiscord.start(List.of(reviewGuild), 2);
                RunningBot withoutChannel = RunningBot.replica(
                        discord,
                        commands,
                        shared,
                        clock,
                        "SKILLBOT_DISCORD_SHARDS=0/2",
                        "SKILLBOT_DISCORD_REVIEW_CHANNEL=" + FakeDiscord.REVIEW_CHANNEL_ID);
                RunningBot withChannel = RunningBot.replica(
                        discord,
                        commands,
                        shared,
                        clock,
                        "SKILLBOT_DISCORD_SHARDS=1/2",
                        "SKILLBOT_DISCORD_REVIEW_CHANNEL=" + FakeDiscord.REVIEW_CHANNEL_ID)) {
            discord.awaitSessions(2);

            // a suggestion sent in a direct message reaches the replica on shard 0, which cannot post the review
            assertThat(submitInDirectMessage(discord, "Knows the three pillars and picks one per question.")
                            .data()
                            .toString())
                    .contains("is waiting for review");
            assertThat(discord.posts(FakeDiscord.REVIEW_CHANNEL_ID)).isEmpty();

            // once the saving replica had its try, the replica on shard 1 posts it
            clock.advance(Duration.ofSeconds(10));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> discord.posts(FakeDiscord.REVIEW_CHANNEL_ID).size() == 1);

            // a later suggestion's post proves the first one was not posted again meanwhile
            submitInDirectMessage(discord, "Reads traces before logs when latency is the question.");
            clock.advance(Duration.ofSeconds(10));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> discord.posts(FakeDiscord.REVIEW_CHANNEL_ID).size() == 2);
            List<String> posted = discord.posts(FakeDiscord.REVIEW_CHANNEL_ID).stream()
                    .map(Recorded::body)
                    .toList();
            assertThat(posted.get(0))
                    .contains("Suggested edit #1:")
                    .contains("**Knows the three pillars and picks one per question**");
            assertThat(posted.get(1))
                    .contains("Suggested edit #2:")
                    .contains("**Reads traces before logs when latency is the question**");
        }
    }

    private static Recorded submitInDirectMessage(FakeDiscord discord, String text) {
        return discord.answered(Interactions.inDirectMessage(Interactions.modalSubmit(
                "sb1:suggested:load-testing",
                Map.of("text", text),
                Map.of("role", "sre", "level", "lead", "required", "true"),
                false)));
    }

    private static String guildOnShard(int shard, int total) {
        return Stream.iterate(555_555_555_555_555_555L, id -> id + (1L << 22))
                .map(String::valueOf)
                .filter(id -> FakeDiscord.shardOf(id, total) == shard)
                .findFirst()
                .orElseThrow();
    }
}
