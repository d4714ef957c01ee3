package dev.skillbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.command.CommandService;
import dev.skillbot.discord.fake.FakeDiscord;
import dev.skillbot.discord.fake.Interactions;
import dev.skillbot.discord.fake.Recorded;
import dev.skillbot.testing.SyntheticCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Commands are registered at start-up, globally or per guild, and only when the definition changed. */
@ExtendWith(OutputCaptureExtension.class)
class DiscordRegistrationTest {

    private static final Catalog CATALOG = TestCatalogs.fixture();
    private static final Predicate<Recorded> GLOBAL_GET = request -> request.is("GET", "applications/\\d+/commands");
    private static final Predicate<Recorded> GLOBAL_PUT = request -> request.is("PUT", "applications/\\d+/commands");

    @Test
    void aRestartWithTheSameDefinitionRegistersNothing(CapturedOutput output) {
        try (FakeDiscord discord = FakeDiscord.start()) {
            try (RunningBot first = start(discord)) {
                discord.awaitRequest(GLOBAL_PUT);
            }
            try (RunningBot second = start(discord)) {
                awaitFoundUpToDate(output);
                assertThat(discord.requests(GLOBAL_GET)).hasSize(2);
                assertThat(discord.requests(GLOBAL_PUT)).hasSize(1);
            }
        }
    }

    @Test
    void aChangedDefinitionIsRegisteredAgain() {
        try (FakeDiscord discord = FakeDiscord.start()) {
            DataObject outdated = new DiscordCommands(() -> CATALOG)
                    .definition(false)
                    .toData()
                    .put("description", "An older description")
                    .put("id", "1")
                    .put("version", "1");
            discord.preloadCommands("global", DataArray.empty().add(outdated));

            try (RunningBot bot = start(discord)) {
                Recorded put = discord.awaitRequest(GLOBAL_PUT);
                assertThat(put.array().getObject(0).getString("description"))
                        .isEqualTo("Look up the engineering skills matrix");
            }
        }
    }

    @Test
    void aDefinitionFromBeforeSuggestionsAndDigestsIsReplacedAndThenKept(CapturedOutput output) {
        try (FakeDiscord discord = FakeDiscord.start()) {
            DataObject older = new DiscordCommands(() -> CATALOG)
                    .definition(false)
                    .toData()
                    .put("id", "1")
                    .put("version", "1");
            DataArray subcommands = older.getArray("options");
            while (subcommands.length() > 6) {
                subcommands.remove(subcommands.length() - 1);
            }
            discord.preloadCommands("global", DataArray.empty().add(older));

            try (RunningBot bot = start(discord)) {
                Recorded put = discord.awaitRequest(GLOBAL_PUT);
                assertThat(put.array().getObject(0).getArray("options").stream(DataArray::getObject)
                                .map(option -> option.getString("name")))
                        .endsWith("suggest", "proposals", "digest", "about", "follow", "unfollow", "next", "me");
            }
            try (RunningBot restarted = start(discord)) {
                awaitFoundUpToDate(output);
                assertThat(discord.requests(GLOBAL_PUT)).hasSize(1);
            }
        }
    }

    @Test
    void withGuildIdsTheCommandIsRegisteredInThoseGuildsOnly() {
        String wanted = "222222222222222222";
        String other = "999999999999999999";
        try (FakeDiscord discord = FakeDiscord.start(List.of(wanted, other), 1);
                RunningBot bot = start(discord, "SKILLBOT_DISCORD_GUILD_IDS=" + wanted)) {
            Recorded put = discord.awaitRequest(
                    request -> request.is("PUT", "applications/\\d+/guilds/" + wanted + "/commands"));

            assertThat(put.array().getObject(0).getArray("contexts").stream(DataArray::getInt))
                    .containsExactly(0);
            // The shard handed the registrar its ready events (global, then each guild) before this
            // interaction, one after another: once it is answered, every registration the shard would
            // start has been started, and asks Discord first, before anything else this test waits for.
            DataObject interaction = Interactions.slashIn(wanted, "help", RunningBot.options());
            discord.dispatch(interaction);
            assertThat(discord.awaitCallback(interaction).callbackType()).isEqualTo(4);
            assertThat(discord.requests(GLOBAL_GET)).isEmpty();
            assertThat(discord.requests(GLOBAL_PUT)).isEmpty();
            assertThat(discord.requests(request -> request.path().contains(other)))
                    .isEmpty();
        }
    }

    @Test
    void aCatalogReloadThatChangesTheLevelsRegistersTheCommandAgain(@TempDir Path dir) throws IOException {
        SyntheticCatalog.write(dir, SyntheticCatalog.Spec.of(3));
        try (FakeDiscord discord = FakeDiscord.start();
                RunningBot bot = RunningBot.following(discord, dir)) {
            discord.awaitRequest(GLOBAL_PUT);
            Path levels = dir.resolve("levels.yml");
            Files.writeString(levels, Files.readString(levels).replace("en: Junior", "en: Apprentice"));

            bot.catalog().reloadNow();

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> discord.requests(GLOBAL_PUT).size() == 2);
            assertThat(discord.requests(GLOBAL_PUT).get(1).body()).contains("Apprentice");
        }
    }

    private static RunningBot start(FakeDiscord discord, String... environment) {
        RunningBot bot = RunningBot.start(discord, new CommandService(() -> CATALOG), environment);
        discord.awaitSessions(1);
        return bot;
    }

    /**
     * Waits for the restarted bot's verdict on the registered command, logged when it found it unchanged
     * and sent nothing: the one event after which no registration can follow.
     */
    private static void awaitFoundUpToDate(CapturedOutput output) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> output.getAll().contains("Discord commands globally are up to date"));
    }

    @Test
    void theSameDefinitionReadBackIsNotRegisteredAgain() {
        SlashCommandData wanted = new DiscordCommands(() -> CATALOG).definition(false);
        DataObject registered = DataObject.fromJson(wanted.toData().toString())
                .put("id", "1")
                .put("application_id", "2")
                .put("version", "3");

        assertThat(DiscordCommandRegistrar.sameAsRegistered(List.of(registered), wanted))
                .isTrue();
        assertThat(DiscordCommandRegistrar.sameAsRegistered(List.of(registered.put("description", "older")), wanted))
                .isFalse();
        assertThat(DiscordCommandRegistrar.sameAsRegistered(List.of(), wanted)).isFalse();
    }
}
