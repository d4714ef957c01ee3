package dev.skillbot.discord;

import static dev.skillbot.discord.RunningBot.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.command.CommandService;
import dev.skillbot.discord.fake.FakeDiscord;
import dev.skillbot.discord.fake.Interactions;
import dev.skillbot.discord.fake.Recorded;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real JDA client, wired as the application wires it, against a local fake Discord: slash
 * commands in a guild and in a DM, autocomplete, buttons and selects, as Discord sends them.
 */
class DiscordInteractionsTest {

    private static final Catalog CATALOG = TestCatalogs.fixture();
    private static FakeDiscord discord;
    private static RunningBot bot;

    @BeforeAll
    static void start() {
        discord = FakeDiscord.start();
        bot = RunningBot.start(discord, new CommandService(() -> CATALOG));
        discord.awaitSessions(1);
    }

    @AfterAll
    static void stop() {
        bot.close();
        discord.close();
    }

    @Test
    void registersTheSkillCommandGloballyAtStartUp() {
        Recorded put = discord.awaitRequest(request -> request.is("PUT", "applications/\\d+/commands"));

        DataObject command = put.array().getObject(0);
        assertThat(put.array().length()).isEqualTo(1);
        assertThat(command.getString("name")).isEqualTo("skill");
        assertThat(command.getArray("options").stream(DataArray::getObject).map(option -> option.getString("name")))
                .containsExactly(
                        "lookup",
                        "compare",
                        "search",
                        "list",
                        "help",
                        "ask",
                        "suggest",
                        "proposals",
                        "digest",
                        "about",
                        "follow",
                        "unfollow",
                        "next",
                        "me");
    }

    @Test
    void lookupInAGuildAnswersWithAnEphemeralCardThatMentionsNobody() {
        DataObject interaction =
                Interactions.slash("lookup", options("skill", "canary-releases", "level", "senior", "role", "sre"));

        Recorded callback = answer(interaction);
        assertThat(callback.query()).isEqualTo("with_response=true");
        assertThat(callback.callbackType()).isEqualTo(4);
        DataObject data = callback.data();
        assertThat(data.getInt("flags") & 64).isEqualTo(64);
        assertMentionsNobody(data);
        DataObject embed = data.getArray("embeds").getObject(0);
        assertThat(embed.getString("title")).isEqualTo("Canary Releases · Senior");
        assertThat(embed.getObject("footer").getString("text")).contains("role: Site Reliability Engineer (SRE)");
        assertThat(DiscordMessageLimits.violations(data)).isEmpty();
    }

    @Test
    void compareBuildsTheSameCommandTextAsSlack() {
        DataObject interaction =
                Interactions.slash("compare", options("skill", "canary-releases", "from", "senior", "to", "lead"));

        assertThat(title(answer(interaction))).isEqualTo("Canary Releases · Senior → Lead");
    }

    @Test
    void helpInADirectMessage() {
        DataObject interaction = Interactions.slashInDm("help", options());

        Recorded callback = answer(interaction);
        assertThat(title(callback)).isEqualTo("How to use Skillbot");
        assertThat(callback.data().getInt("flags") & 64).isEqualTo(64);
    }

    @Test
    void answersInTheUsersLanguage() {
        DataObject interaction =
                Interactions.slash("ask", options("text", "canary senior")).put("locale", "zh-CN");

        assertThat(title(answer(interaction))).isEqualTo("Canary Releases · 高级");
    }

    /** A lookup of only mentions ({@code @everyone}, a role's {@code <@&456>}) says it is no skill and leaves them out. */
    @Test
    void aLookupOfOnlyAMentionIsSaidToBeNoSkillWithoutTheMention() {
        for (DataObject interaction : List.of(
                Interactions.slash("ask", options("text", "@everyone")),
                Interactions.slash("ask", options("text", "<@&456> <@!123>")),
                Interactions.slash("lookup", options("skill", "@here")))) {
            DataObject data = answer(interaction).data();

            assertThat(data.toString()).contains("A mention names a person or a channel, not a skill");
            assertThat(data.toString()).doesNotContain("everyone", "456", "123", "@here");
            assertMentionsNobody(data);
        }
    }

    @Test
    void autocompleteOffersRankedSkillsDespiteATypo() {
        DataObject interaction = Interactions.autocomplete("lookup", options("skill", "canray"), "skill");

        Recorded callback = answer(interaction);
        assertThat(callback.callbackType()).isEqualTo(8);
        DataArray choices = callback.data().getArray("choices");
        assertThat(choices.length()).isBetween(1, 25);
        assertThat(choices.getObject(0).getString("value")).isEqualTo("canary-releases");
    }

    @Test
    void aButtonOnTheUsersOwnCardEditsItInPlace() {
        DataObject interaction = Interactions.button("sb1:show:canary-releases lead", true);

        Recorded callback = answer(interaction);
        assertThat(callback.callbackType()).isEqualTo(7);
        assertThat(title(callback)).isEqualTo("Canary Releases · Lead");
        assertMentionsNobody(callback.data());
    }

    @Test
    void aButtonOnASharedCardGivesTheUserTheirOwnCopy() {
        DataObject interaction = Interactions.button("sb1:show:canary-releases lead", false);

        Recorded callback = answer(interaction);
        assertThat(callback.callbackType()).isEqualTo(4);
        assertThat(callback.data().getInt("flags") & 64).isEqualTo(64);
    }

    @Test
    void sharepostsTheCardVisibly() {
        DataObject interaction = Interactions.button("sb1:share:canary-releases senior", true);

        Recorded callback = answer(interaction);
        assertThat(callback.callbackType()).isEqualTo(4);
        assertThat(callback.data().getInt("flags") & 64).isZero();
        assertThat(title(callback)).isEqualTo("Canary Releases · Senior");
        assertMentionsNobody(callback.data());
    }

    @Test
    void aSelectRunsTheChosenOptionsCommand() {
        DataObject interaction = Interactions.select("sb1:pick:level", "sb1:show:canary-releases principal", true);

        Recorded callback = answer(interaction);
        assertThat(callback.callbackType()).isEqualTo(7);
        assertThat(title(callback)).isEqualTo("Canary Releases · Principal");
    }

    @Test
    void unknownOrGarbageIdsGetAPrivateNoteInsteadOfAFailedInteraction() {
        DataObject button = Interactions.button("not:an:action:id", true);
        DataObject stale = Interactions.button("sb1:retired:canary-releases", true);
        DataObject select = Interactions.select("sb1:pick:level", "sb1:pick:level", true);
        DataObject modal = Interactions.modalSubmit("sb1:unknown-form:1", Map.of(), Map.of(), true);

        for (DataObject interaction : List.of(button, stale, select, modal)) {
            discord.dispatch(interaction);
            Recorded callback = discord.awaitCallback(interaction);
            assertThat(callback.callbackType()).isEqualTo(4);
            assertThat(callback.data().getInt("flags") & 64).as("ephemeral").isEqualTo(64);
            assertThat(callback.data().toString())
                    .contains("no longer does anything")
                    .contains("/skill");
        }
    }

    @Test
    void aCommandAnOlderVersionRegisteredIsAnsweredWithANoteInsteadOfAFailedInteraction() {
        DataObject retired = Interactions.slash("lookup", options("skill", "canary-releases"));
        retired.getObject("data").put("name", "skills-classic");

        Recorded callback = answer(retired);
        assertThat(callback.callbackType()).isEqualTo(4);
        assertThat(callback.data().getInt("flags") & 64).as("ephemeral").isEqualTo(64);
        assertThat(callback.data().toString())
                .contains("no longer has this command")
                .contains("/skill help");
    }

    @Test
    void aFormFieldDiscordSentWithoutAValueCountsAsNotFilledIn() {
        DataObject form = Interactions.modalSubmit(
                "sb1:suggested:canary-releases",
                Map.of("text", "Gates canaries on SLOs."),
                Map.of("role", "sre", "level", "senior", "required", "true"),
                true);
        form.getObject("data")
                .getArray("components")
                .getObject(0)
                .getObject("component")
                .remove("value");

        Recorded callback = answer(form);
        assertThat(callback.callbackType()).isEqualTo(4);
        assertThat(callback.data().toString()).contains("The proposed text is empty");
    }

    @Test
    void anInteractionDeliveredTwiceIsAnsweredOnce() {
        DataObject interaction = Interactions.slash("help", options());

        DataObject later = Interactions.slash("help", options());

        discord.dispatch(interaction);
        discord.dispatch(interaction);
        discord.dispatch(later);

        // A shard hands its events to the listener one after another, in the order they came, and an
        // answer is in flight from then until Discord acknowledged it. So once the later interaction is
        // answered and nothing is in flight, an answer to the second delivery would have arrived: no
        // quiet period to wait out.
        discord.awaitCallback(later);
        await().atMost(Duration.ofSeconds(10)).until(() -> bot.bot().answersInFlight() == 0);
        assertThat(discord.callbacks(interaction)).hasSize(1);
    }

    private static Recorded answer(DataObject interaction) {
        discord.dispatch(interaction);
        return discord.awaitCallback(interaction);
    }

    private static void assertMentionsNobody(DataObject message) {
        assertThat(message.getObject("allowed_mentions").getArray("parse").length())
                .isZero();
    }

    private static String title(Recorded callback) {
        return callback.data().getArray("embeds").getObject(0).getString("title");
    }
}
