package dev.skillbot.discord;

import static dev.skillbot.discord.RunningBot.options;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.command.CommandService;
import dev.skillbot.discord.fake.FakeDiscord;
import dev.skillbot.discord.fake.Interactions;
import dev.skillbot.discord.fake.Recorded;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Slow answers: the interaction is deferred before Discord's deadline, then the card follows
 * through the interaction hook. The catalog is held back by a gate the test opens only after it has
 * seen the deferral, so the order is certain without timing.
 */
class DiscordDeferTest {

    private static final GatedCatalog CATALOG = new GatedCatalog(TestCatalogs.fixture());
    private static FakeDiscord discord;
    private static RunningBot bot;

    @BeforeAll
    static void start() {
        discord = FakeDiscord.start();
        bot = RunningBot.start(discord, new CommandService(CATALOG), "SKILLBOT_DISCORD_DEFER_AFTER=50ms");
        discord.awaitRequest(request -> request.is("PUT", "applications/\\d+/commands"));
    }

    @AfterEach
    void open() {
        CATALOG.open();
    }

    @AfterAll
    static void stop() {
        bot.close();
        discord.close();
    }

    @Test
    void aSlowCommandIsDeferredEphemerallyThenTheCardFollows() {
        DataObject interaction = Interactions.slash("lookup", options("skill", "canary-releases", "level", "senior"));
        CATALOG.close();

        discord.dispatch(interaction);

        Recorded deferral = discord.awaitCallback(interaction);
        assertThat(deferral.callbackType()).isEqualTo(5);
        assertThat(deferral.data().getInt("flags")).isEqualTo(64);
        CATALOG.open();
        DataObject followUp = awaitEditOfOriginal(interaction).json();
        assertThat(followUp.getArray("embeds").getObject(0).getString("title")).isEqualTo("Canary Releases · Senior");
        assertThat(followUp.getObject("allowed_mentions").getArray("parse").length())
                .isZero();
        assertThat(DiscordMessageLimits.violations(followUp)).isEmpty();
    }

    @Test
    void aSlowClickIsDeferredThenTheCardIsEditedInPlace() {
        DataObject interaction = Interactions.button("sb1:show:canary-releases lead", true);
        CATALOG.close();

        discord.dispatch(interaction);

        assertThat(discord.awaitCallback(interaction).callbackType()).isEqualTo(6);
        CATALOG.open();
        DataObject edit = awaitEditOfOriginal(interaction).json();
        assertThat(edit.getArray("embeds").getObject(0).getString("title")).isEqualTo("Canary Releases · Lead");
        assertThat(edit.getObject("allowed_mentions").getArray("parse").length())
                .isZero();
    }

    @Test
    void aSlowShareIsDeferredVisibly() {
        DataObject interaction = Interactions.button("sb1:share:canary-releases senior", true);
        CATALOG.close();

        discord.dispatch(interaction);

        Recorded deferral = discord.awaitCallback(interaction);
        assertThat(deferral.callbackType()).isEqualTo(5);
        assertThat(deferral.json().hasKey("data")).isFalse();
        CATALOG.open();
        assertThat(awaitEditOfOriginal(interaction)
                        .json()
                        .getArray("embeds")
                        .getObject(0)
                        .getString("title"))
                .isEqualTo("Canary Releases · Senior");
    }

    private static Recorded awaitEditOfOriginal(DataObject interaction) {
        return discord.awaitRequest(request -> request.is(
                "PATCH",
                "webhooks/" + FakeDiscord.APPLICATION_ID + "/" + interaction.getString("token")
                        + "/messages/@original"));
    }
}
