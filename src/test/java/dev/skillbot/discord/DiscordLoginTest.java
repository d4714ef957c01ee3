package dev.skillbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.command.CommandService;
import dev.skillbot.discord.fake.FakeDiscord;
import dev.skillbot.discord.fake.Interactions;
import dev.skillbot.discord.fake.Recorded;
import dev.skillbot.startup.SettingFailureAnalyzer;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Discord down when Skillbot starts: the rest of the application starts without it, and the real JDA client logs
 * in once the (fake) Discord answers again. A token Discord refuses stops start-up with one line naming the variable.
 */
class DiscordLoginTest {

    private static final Catalog CATALOG = TestCatalogs.fixture();

    @Test
    void aDiscordThatCannotBeReachedAtStartIsTriedAgainAndAnswersOnceItIsBack() {
        try (FakeDiscord discord = FakeDiscord.start()) {
            discord.apiDown(true);
            try (RunningBot bot =
                    RunningBot.start(discord, new CommandService(() -> CATALOG), "SKILLBOT_DISCORD_LOGIN_RETRY=50ms")) {
                DiscordPlatformStatus status = bot.bean(DiscordPlatformStatus.class);
                assertThat(status.connected()).isFalse();
                assertThat(status.detail()).startsWith("not started: Discord could not be reached (");
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> discord.requests(request -> request.is("GET", "gateway/bot"))
                                        .size()
                                >= 3);
                assertThat(bot.bot().shards()).isNull();

                discord.apiDown(false);
                discord.awaitSessions(1);
                await().atMost(Duration.ofSeconds(20)).until(status::connected);

                Recorded answer = discord.answered(Interactions.slash(
                        "lookup", RunningBot.options("skill", "canary-releases", "level", "senior")));
                assertThat(answer.data().getArray("embeds").getObject(0).getString("title"))
                        .isEqualTo("Canary Releases · Senior");
            }
        }
    }

    @Test
    void aTokenDiscordRefusesStopsStartUpWithOneLineNamingTheVariable() {
        try (FakeDiscord discord = FakeDiscord.start()) {
            Throwable failure = null;
            try {
                RunningBot.start(discord, new CommandService(() -> CATALOG), "DISCORD_TOKEN=not-the-bots-token")
                        .close();
            } catch (RuntimeException e) {
                failure = e;
            }

            assertThat(failure).isNotNull().rootCause().hasMessage(DiscordLogin.REFUSED);
            String line = new SettingFailureAnalyzer().analyze(failure).getDescription();
            assertThat(line).startsWith("DISCORD_TOKEN was refused by Discord").doesNotContain("not-the-bots-token");
            assertThat(discord.gatewayCloses()).isEmpty();
        }
    }

    @Test
    void aDiscordThatRefusesConnectionsIsUnreachableAndNamesWhy() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        DiscordReach reach =
                new DiscordReach(new OkHttpClient(), "http://127.0.0.1:" + closed + "/api/v10/", "some-token");

        assertThat(reach.ask())
                .isInstanceOfSatisfying(
                        DiscordReach.Unreachable.class,
                        unreachable -> assertThat(unreachable.why())
                                .startsWith("ConnectException")
                                .doesNotContain("some-token"));
    }

    @Test
    void eachWaitIsTwiceTheLastUpToFiveMinutes() {
        Duration first = Duration.ofSeconds(5);

        assertThat(DiscordLogin.wait(first, 1)).isEqualTo(first);
        assertThat(DiscordLogin.wait(first, 2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(DiscordLogin.wait(first, 6)).isEqualTo(Duration.ofSeconds(160));
        assertThat(DiscordLogin.wait(first, 7)).isEqualTo(DiscordLogin.LONGEST_WAIT);
        assertThat(DiscordLogin.wait(first, 1_000)).isEqualTo(DiscordLogin.LONGEST_WAIT);
    }

    @Test
    void aLoginRetryThatIsNoPositiveDurationIsRefusedNamingItsVariable() {
        assertThatThrownBy(
                        () -> new DiscordProperties("t", null, null, null, null, Duration.ofSeconds(2), Duration.ZERO))
                .hasMessageStartingWith("SKILLBOT_DISCORD_LOGIN_RETRY");
    }
}
