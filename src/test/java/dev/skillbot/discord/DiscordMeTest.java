package dev.skillbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandPorts;
import dev.skillbot.command.CommandService;
import dev.skillbot.discord.fake.FakeDiscord;
import dev.skillbot.discord.fake.Interactions;
import dev.skillbot.discord.fake.Recorded;
import dev.skillbot.me.CellRef;
import dev.skillbot.me.DirectMessages;
import dev.skillbot.me.PostedCards;
import dev.skillbot.me.SelfMark;
import dev.skillbot.me.Shares;
import dev.skillbot.me.UserRef;
import dev.skillbot.testing.MemoryPersonal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Me" on Discord through the real JDA client and the fake Discord: {@code /skill me set}, a lookup
 * opened on the profile, {@code /skill next} with its "I do this" multi-select, export and forget, every card private.
 */
class DiscordMeTest {

    private static final Catalog CATALOG = TestCatalogs.fixture();
    private static final MemoryPersonal PERSONAL = new MemoryPersonal();
    private static FakeDiscord discord;
    private static RunningBot bot;

    @BeforeAll
    static void start() {
        discord = FakeDiscord.start(List.of(Interactions.GUILD_ID), 1);
        bot = RunningBot.start(
                discord,
                new CommandService(
                        () -> CATALOG,
                        CommandPorts.NONE.withPersonal(PERSONAL.commands(
                                Clock.systemUTC(),
                                List.of(new LaterDirectMessages()),
                                List.of(new LaterPostedCards())))));
        discord.awaitSessions(1);
    }

    @AfterAll
    static void stop() {
        bot.close();
        discord.close();
    }

    @Test
    void aProfileSetWithTheSubcommandOpensLookupsAndTheChecklistWithToggles() {
        DataObject saved =
                privately(answer(Interactions.slashInGroup("me", "set", options("role", "sre", "level", "senior"))));
        assertThat(saved.getArray("embeds").getObject(0).getString("title")).isEqualTo("Your profile");
        assertThat(saved.toString()).contains("Saved: SRE · Senior");

        DataObject lookup = privately(answer(Interactions.slash("lookup", options("skill", "canary-releases"))));
        assertThat(lookup.getArray("embeds").getObject(0).getString("title")).isEqualTo("Canary Releases · Senior");
        DataObject own = menu(lookup, "sb1:choose:me mark canary-releases senior sre");
        assertThat(own.getInt("min_values")).isZero();
        assertThat(own.getArray("options").getObject(0).getString("label")).isEqualTo("I do this: SRE");

        DataObject checklist = privately(answer(Interactions.slash("next", options())));
        assertThat(checklist.getArray("embeds").getObject(0).getString("title"))
                .isEqualTo("Promotion checklist: Senior → Lead, SRE");
        DataObject marks = menu(checklist, "sb1:choose:me marks ");
        assertThat(marks.getInt("min_values")).isZero();
        assertThat(marks.getInt("max_values")).isEqualTo(3);
        String canary = marks.getArray("options").stream(DataArray::getObject)
                .filter(option -> option.getString("label").equals("I do this: Canary Releases"))
                .map(option -> option.getString("value"))
                .findFirst()
                .orElseThrow();

        Recorded clicked = answer(Interactions.multiSelect(marks, List.of(canary), true));
        assertThat(clicked.callbackType()).isEqualTo(7);
        assertThat(clicked.data().toString())
                .contains("✓ you do this", "Lead readiness: 1 of 3 required expectations (33%)");
        DataObject after = menu(clicked.data(), "sb1:choose:me marks ");
        assertThat(after.getArray("options").stream(DataArray::getObject)
                        .filter(option -> option.getBoolean("default", false))
                        .map(option -> option.getString("label")))
                .containsExactly("I do this: Canary Releases");
        assertThat(DiscordMessageLimits.violations(clicked.data())).isEmpty();
    }

    /** The Share button of a lookup posts the skill's card for everyone, without the sharer's profile line or choice. */
    @Test
    void aLookupSharedInTheChannelCarriesNothingPersonal() {
        answer(Interactions.slashInGroup("me", "set", options("role", "sre", "level", "senior")));
        DataObject lookup = privately(answer(Interactions.slash("lookup", options("skill", "canary-releases"))));
        assertThat(lookup.toString()).contains("You: SRE · Senior");
        String share = customIds(lookup).stream()
                .filter(id -> id.startsWith("sb1:share:"))
                .findFirst()
                .orElseThrow();

        DataObject posted = answer(Interactions.button(share, true)).data();

        assertThat(posted.getInt("flags", 0) & 64).as("ephemeral").isZero();
        assertThat(posted.getArray("embeds").getObject(0).getString("title")).isEqualTo("Canary Releases · Senior");
        assertThat(posted.toString()).doesNotContain("You: SRE", "your level", "I do this", "sb1:choose:");
    }

    @Test
    void nextTakesAnyRoleAndTargetWithoutAProfile() {
        DataObject checklist =
                privately(answer(Interactions.slash("next", options("role", "devops", "level", "lead"))));
        assertThat(checklist.getArray("embeds").getObject(0).getString("title"))
                .isEqualTo("Promotion checklist: Senior → Lead, DevOps");
    }

    @Test
    void exportAndForgetArePrivateAndForgetAsksFirst() {
        answer(Interactions.slashInGroup("me", "set", options("role", "devops", "level", "middle")));
        DataObject export = privately(answer(Interactions.slashInGroup("me", "export", options("format", "yaml"))));
        assertThat(export.toString()).contains("Your data (YAML)", "role\\\\_id: devops", "level\\\\_id: middle");

        DataObject confirm = privately(answer(Interactions.slashInGroup("me", "forget", options())));
        assertThat(customIds(confirm)).containsExactly("sb1:show:me forget confirm");
    }

    /**
     * A format that is not JSON or YAML (a payload past the option's choices, or typed to {@code /skill ask}) exports
     * nothing: the answer names the two formats, with a button for each.
     */
    @Test
    void anExportInAFormatThereIsNotNamesTheFormatsAndExportsNothing() {
        Recorded chosen = answer(Interactions.slashInGroup("me", "export", options("format", "xml")));
        Recorded typed = answer(Interactions.slash("ask", options("text", "me export xml")));

        for (Recorded refused : List.of(chosen, typed)) {
            DataObject data = privately(refused);
            assertThat(data.toString())
                    .contains("Your data is exported as JSON or YAML; “xml” is not one of them.")
                    .doesNotContain("Your data (", "tables");
            assertThat(refused.file("skillbot-export.json")).isEmpty();
            assertThat(customIds(data)).containsExactly("sb1:show:me export json", "sb1:show:me export yaml");
        }
    }

    /**
     * {@code /skill ask text:me share <@id> …} with words after the person shared with them without a word of the
     * rest: now nothing is shared and no one is told; {@code /skill me unshare id:abc} says a share's id is a number.
     */
    @Test
    void wordsAfterThePersonShareNothingAndAnUnshareIdMustBeANumber() {
        String olga = "666666666666666666";
        answer(Interactions.slashInGroup("me", "set", options("role", "sre", "level", "senior")));
        int before = PERSONAL.ownedBy(new UserRef(Platform.DISCORD, Interactions.GUILD_ID, Interactions.USER_ID))
                .size();

        DataObject refused =
                privately(answer(Interactions.slash("ask", options("text", "me share <@" + olga + "> thanks!"))));
        DataObject unshare = privately(answer(Interactions.slashInGroup("me", "unshare", options("id", "abc"))));

        assertThat(refused.toString()).contains("Nothing was shared: “thanks!” was not understood.");
        assertThat(PERSONAL.ownedBy(new UserRef(Platform.DISCORD, Interactions.GUILD_ID, Interactions.USER_ID)))
                .hasSize(before);
        assertThat(unshare.toString()).contains("“abc” is no share number: nothing was stopped.");
    }

    /**
     * {@code <@!id>}, the nickname mention some Discord clients and bots still send (and people paste from old
     * messages), got the share's usage in {@code /skill ask text:me share <@!id>}: it is that person, as {@code <@id>}
     * is, and they are told.
     */
    @Test
    void anOldNicknameMentionSharesWithThatPerson() {
        String pia = "777777777777777777";
        answer(Interactions.slashInGroup("me", "set", options("role", "sre", "level", "senior")));

        DataObject shared = privately(answer(Interactions.slash("ask", options("text", "me share <@!" + pia + ">"))));

        assertThat(shared.toString()).contains("Shared with <@" + pia + "> only");
        assertThat(PERSONAL.ownedBy(new UserRef(Platform.DISCORD, Interactions.GUILD_ID, Interactions.USER_ID)))
                .anySatisfy(share -> assertThat(share.viewer().id()).isEqualTo(pia));
    }

    /**
     * A Discord user id is one person in every server: {@code /skill me export} in one server lists the profile and
     * marks kept in another too, and {@code /skill me forget}, confirmed in one server, deletes those of every server,
     * as its confirmation says.
     */
    @Test
    void exportAndForgetInOneServerReachEveryServer() {
        UserRef here = new UserRef(Platform.DISCORD, Interactions.GUILD_ID, Interactions.USER_ID);
        UserRef elsewhere = new UserRef(Platform.DISCORD, "999999999999999999", Interactions.USER_ID);
        answer(Interactions.slashInGroup("me", "set", options("role", "sre", "level", "senior")));
        PERSONAL.place(elsewhere, Optional.of("devops"), Optional.of("lead"), Instant.EPOCH);
        PERSONAL.set(
                elsewhere,
                new SelfMark(new CellRef("canary-releases", "lead", "devops"), SelfMark.hash("x"), Instant.EPOCH));

        Recorded export = answer(Interactions.slashInGroup("me", "export", options()));
        DataObject tables = DataObject.fromJson(
                        export.file("skillbot-export.json").orElseThrow())
                .getObject("tables");
        assertThat(tables.getArray("me_profile").stream(DataArray::getObject)
                        .map(row -> row.getString("workspace"))
                        .toList())
                .containsExactlyInAnyOrder(Interactions.GUILD_ID, elsewhere.workspace());
        assertThat(tables.getArray("me_mark").toString()).contains("devops");

        DataObject confirm = privately(answer(Interactions.slashInGroup("me", "forget", options())));
        assertThat(confirm.toString()).contains("in every server and in your direct messages with Skillbot");
        Recorded forgotten = answer(Interactions.button("sb1:show:me forget confirm", true));

        assertThat(forgotten.data().toString()).contains("nothing about you is stored any more");
        assertThat(PERSONAL.find(elsewhere)).isEmpty();
        assertThat(PERSONAL.of(elsewhere)).isEmpty();
        assertThat(PERSONAL.find(here)).isEmpty();
    }

    /**
     * An export longer than the 6,000 characters a Discord message shows (here 40 marks) comes whole as an
     * attached file; the embeds show what fits.
     */
    @Test
    void aLongExportComesWholeAsAnAttachedFile() {
        UserRef user = new UserRef(Platform.DISCORD, Interactions.GUILD_ID, Interactions.USER_ID);
        answer(Interactions.slashInGroup("me", "set", options("role", "sre", "level", "senior")));
        for (int i = 0; i < 40; i++) {
            PERSONAL.set(
                    user,
                    new SelfMark(
                            new CellRef("skill-" + i, "senior", "sre"), SelfMark.hash("text " + i), Instant.EPOCH));
        }

        Recorded export = answer(Interactions.slashInGroup("me", "export", options()));

        privately(export);
        assertThat(DiscordMessageLimits.violations(export.data())).isEmpty();
        String file = export.file("skillbot-export.json").orElseThrow();
        DataObject whole = DataObject.fromJson(file);
        assertThat(whole.getObject("tables").getArray("me_mark").length()).isEqualTo(40);
        assertThat(whole.getObject("tables").getArray("me_profile").getObject(0).getString("role_id"))
                .isEqualTo("sre");
    }

    /**
     * {@code /skill me share person:} names one member: they get a direct message saying who shared, whose
     * button opens the checklist read-only from the direct message; a member who accepts no direct
     * messages is not told, and the sharer learns it. {@code /skill me shares} lists the share and
     * {@code /skill me unshare id:} stops it: the button in the direct message then says it is not shared.
     */
    @Test
    void sharingWithOnePersonTellsThemByDirectMessage() {
        String frank = "777777777777777777";
        answer(Interactions.slashInGroup("me", "set", options("role", "sre", "level", "senior")));

        DataObject shared = privately(answer(Interactions.withUserOption(
                Interactions.slashInGroup("me", "share", options("person", frank)), "person", frank)));
        assertThat(shared.toString()).contains("Shared with <@" + frank + "> only, who got a direct message");

        discord.awaitRequest(request -> request.is("POST", "users/@me/channels")
                && request.json().getString("recipient_id").equals(frank));
        DataObject told = discord.awaitRequest(request -> request.is("POST", "channels/\\d+/messages")
                        && request.body().contains("shared their promotion checklist with you"))
                .json();
        assertThat(told.toString())
                .contains("<@" + Interactions.USER_ID + "> shared their promotion checklist with you");
        assertThat(told.getObject("allowed_mentions").getArray("parse").length())
                .isZero();
        assertThat(DiscordMessageLimits.violations(told)).isEmpty();
        String open = customIds(told).get(0);
        assertThat(open).matches("sb1:show:me shared \\d+");

        Recorded opened = answer(Interactions.inDirectMessage(Interactions.button(open, false), frank, "frank"));
        assertThat(opened.data().toString()).contains("Promotion checklist: Senior → Lead, SRE");
        assertThat(customIds(opened.data())).noneMatch(id -> id.startsWith("sb1:choose:"));

        DataObject mine = privately(answer(Interactions.slashInGroup("me", "shares", options())));
        String id = open.replace("sb1:show:me shared ", "");
        assertThat(mine.toString()).contains(id + ": with <@" + frank + "> since ");
        assertThat(customIds(mine)).contains("sb1:show:me unshare " + id);
        DataObject stopped = privately(answer(Interactions.slashInGroup("me", "unshare", options("id", id))));
        assertThat(stopped.toString()).contains("Stopped sharing " + id);
        Recorded refused = answer(Interactions.inDirectMessage(Interactions.button(open, false), frank, "frank"));
        assertThat(refused.data().toString())
                .contains("This checklist is not shared with you: it never was, or its owner stopped sharing it.");

        String gone = "888888888888888888";
        discord.refuseDirectMessages(gone);
        DataObject untold = privately(answer(Interactions.withUserOption(
                Interactions.slashInGroup("me", "share", options("person", gone)), "person", gone)));
        assertThat(untold.toString())
                .contains("Shared with <@" + gone + "> only, but the direct message to them could not be delivered");
    }

    /**
     * On Discord a share belongs to the server it was made in, but a direct message with the bot is outside every
     * server: there {@code /skill me shares} lists the owner's shares of every server (one made here, one in
     * another server), their Stop buttons work from the direct message, and {@code /skill me unshare id:all}
     * stops the rest. Someone else cannot stop them from their own direct messages.
     */
    @Test
    void anOwnerListsAndStopsTheSharesOfEveryServerFromADirectMessage() {
        answer(Interactions.slashInGroup("me", "set", options("role", "sre", "level", "senior")));
        DataObject here = privately(answer(Interactions.slashInGroup("me", "share", options())));
        String inThisServer = customIds(here).stream()
                .filter(id -> id.startsWith("sb1:show:me unshare "))
                .findFirst()
                .orElseThrow()
                .replace("sb1:show:me unshare ", "");
        long elsewhere = PERSONAL.share(
                new UserRef(Platform.DISCORD, "999999999999999999", Interactions.USER_ID),
                new dev.skillbot.me.Shares.Viewer("123123123123123123", true),
                Instant.now());
        PERSONAL.open(elsewhere, Instant.now());

        DataObject mine =
                privately(answer(Interactions.inDirectMessage(Interactions.slashInGroup("me", "shares", options()))));
        assertThat(mine.toString())
                .contains(
                        " " + inThisServer + ": with the channel <#" + FakeDiscord.CHANNEL_ID + ">",
                        " " + elsewhere + ": with the channel <#123123123123123123> since ");
        assertThat(customIds(mine)).contains("sb1:show:me unshare " + inThisServer, "sb1:show:me unshare " + elsewhere);

        String frank = "777777777777777777";
        DataObject refused = privately(answer(Interactions.inDirectMessage(
                Interactions.slashInGroup("me", "unshare", options("id", String.valueOf(elsewhere))), frank, "frank")));
        assertThat(refused.toString()).doesNotContain("Stopped sharing");
        assertThat(PERSONAL.find(elsewhere)).isPresent();

        Recorded stopped = answer(Interactions.inDirectMessage(
                Interactions.button("sb1:show:me unshare " + elsewhere, true), Interactions.USER_ID, "owner"));
        assertThat(stopped.data().toString()).contains("Stopped sharing " + elsewhere);
        assertThat(PERSONAL.find(elsewhere)).isEmpty();

        DataObject all = privately(
                answer(Interactions.inDirectMessage(Interactions.slashInGroup("me", "unshare", options("id", "all")))));
        assertThat(all.toString()).contains("Stopped all");
        assertThat(PERSONAL.find(Long.parseLong(inThisServer))).isEmpty();
        DataObject none = privately(answer(Interactions.slashInGroup("me", "shares", options())));
        assertThat(none.toString()).contains("You share your checklist with nobody.");
    }

    /**
     * A Discord user id is one person in every server: the owner opens, from another server, a share they made in
     * one, as they could in its own server or a direct message, and stops it from there by its id.
     */
    @Test
    void anOwnerOpensAndStopsTheirShareFromAnotherServer() {
        UserRef elsewhere = new UserRef(Platform.DISCORD, "999999999999999998", Interactions.USER_ID);
        PERSONAL.place(elsewhere, Optional.of("sre"), Optional.of("senior"), Instant.now());
        long share = PERSONAL.share(elsewhere, new Shares.Viewer("123123123123123124", true), Instant.now());

        Recorded opened = answer(Interactions.button("sb1:show:me shared " + share, true));

        assertThat(opened.data().toString()).contains("Promotion checklist: Senior → Lead, SRE");
        DataObject stopped =
                privately(answer(Interactions.slashInGroup("me", "unshare", options("id", String.valueOf(share)))));
        assertThat(stopped.toString()).contains("Stopped sharing " + share);
        assertThat(PERSONAL.find(share)).isEmpty();
    }

    /**
     * A channel share's card posted with its Share button is deleted from the channel when the owner stops the
     * share; a card already deleted by someone else counts as down, and nothing is left to take down.
     */
    @Test
    void stoppingAChannelShareDeletesItsPostedCard() {
        answer(Interactions.slashInGroup("me", "set", options("role", "sre", "level", "senior")));
        String id = postedShare();
        String message = discord.awaitRequest(request -> request.is("GET", "webhooks/\\d+/[^/]+/messages/@original"))
                .path();
        assertThat(message).isNotBlank();

        DataObject stopped = privately(answer(Interactions.slashInGroup("me", "unshare", options("id", id))));

        assertThat(stopped.toString()).contains("Stopped sharing " + id, "posted in a channel is deleted");
        discord.awaitRequest(request -> request.is("DELETE", "channels/" + FakeDiscord.CHANNEL_ID + "/messages/\\d+"));
        assertThat(PERSONAL.toTakeDown(0, 10)).isEmpty();
    }

    /** Shares with the channel, posts it with its Share button for everyone; returns the share's id. */
    private static String postedShare() {
        DataObject ready = privately(answer(Interactions.slashInGroup("me", "share", options())));
        String share = customIds(ready).stream()
                .filter(custom -> custom.startsWith("sb1:share:me shared "))
                .findFirst()
                .orElseThrow();
        DataObject posted = answer(Interactions.button(share, true)).data();
        assertThat(posted.getInt("flags", 0) & 64).as("ephemeral").isZero();
        return share.replace("sb1:share:me shared ", "");
    }

    /** The bot's direct messages, which exist only once the bot that needs the command service has started. */
    private static final class LaterDirectMessages implements DirectMessages {

        @Override
        public Platform platform() {
            return Platform.DISCORD;
        }

        @Override
        public String localeOf(UserRef user) {
            return bot.directMessages().localeOf(user);
        }

        @Override
        public CompletableFuture<Boolean> send(UserRef to, Card card, String locale) {
            return bot.directMessages().send(to, card, locale);
        }
    }

    /** The bot's take-downs of share cards, which exist only once the bot has started. */
    private static final class LaterPostedCards implements PostedCards {

        @Override
        public Platform platform() {
            return Platform.DISCORD;
        }

        @Override
        public Outcome takeDown(Shares.Post post) {
            return bot.postedCards().takeDown(post);
        }
    }

    private static DataObject privately(Recorded callback) {
        DataObject data = callback.data();
        assertThat(data.getInt("flags", 0) & 64).as("ephemeral").isEqualTo(64);
        assertThat(data.getObject("allowed_mentions").getArray("parse").length())
                .isZero();
        return data;
    }

    private static List<String> customIds(DataObject message) {
        return message.getArray("components").stream(DataArray::getObject)
                .flatMap(row -> row.getArray("components").stream(DataArray::getObject))
                .filter(component -> component.hasKey("custom_id"))
                .map(component -> component.getString("custom_id"))
                .toList();
    }

    /** The multi-select whose custom id starts with {@code prefix}. */
    private static DataObject menu(DataObject message, String prefix) {
        return message.getArray("components").stream(DataArray::getObject)
                .flatMap(row -> row.getArray("components").stream(DataArray::getObject))
                .filter(component -> component.getInt("type") == 3
                        && component.getString("custom_id", "").startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no menu " + prefix + " among " + customIds(message)));
    }

    private static Recorded answer(DataObject interaction) {
        discord.dispatch(interaction);
        return discord.awaitCallback(interaction);
    }

    private static Map<String, String> options(String... pairs) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            options.put(pairs[i], pairs[i + 1]);
        }
        return options;
    }
}
