package dev.skillbot.me;

import static dev.skillbot.testing.Cards.button;
import static dev.skillbot.testing.Cards.buttons;
import static dev.skillbot.testing.Cards.sections;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Mention;
import dev.skillbot.card.Section;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandPorts;
import dev.skillbot.command.CommandService;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.PersonalRig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Sharing one's progress, through the command service on real stores (H2): who may open a share and when,
 * ids that cannot be guessed or probed, the owner's list and revocation, forgetting a viewer's comments
 * wherever they wrote them, and people shown as mentions no comment can forge.
 */
class MeSharesTest {

    private static final String NOT_SHARED =
            "This checklist is not shared with you: it never was, or its owner stopped sharing it.";

    private final PersonalRig rig = PersonalRig.h2(Clock.systemUTC());
    private final CommandService service = new CommandService(
            FixtureCatalog::load, CommandPorts.NONE.withPersonal(new MeCommands(rig.stores, new ChecklistIndex())));

    @AfterEach
    void close() {
        rig.close();
    }

    /** A channel share opens only when its owner posts it in that channel: not before, not by anyone else, not elsewhere. */
    @Test
    void aChannelShareOpensOnlyWhenItsOwnerPostsItThere() {
        String open = channelShare("ann", "C1");

        assertThat(text(ask("bob", "C1", open))).isEqualTo(NOT_SHARED);
        assertThat(text(as("bob", "C1", Invocation.Origin.PUBLIC, open))).isEqualTo(NOT_SHARED);
        assertThat(text(as("ann", "C2", Invocation.Origin.PUBLIC, open))).isEqualTo(NOT_SHARED);
        assertThat(text(ask("bob", "C1", open))).as("still closed").isEqualTo(NOT_SHARED);
        assertThat(text(ask("bob", "C1", open.replace("shared", "comment") + " canary early")))
                .isEqualTo(NOT_SHARED);

        Card posted = as("ann", "C1", Invocation.Origin.PUBLIC, open);
        assertThat(posted.kind()).isEqualTo(Card.Kind.CHECKLIST);
        assertThat(ask("bob", "C1", open).kind()).isEqualTo(Card.Kind.CHECKLIST);
        assertThat(text(ask("bob", "C2", open))).isEqualTo(NOT_SHARED);
        assertThat(rig.jdbc.queryForObject("select count(*) from me_comment", Integer.class))
                .isZero();
    }

    /**
     * Ids are drawn at random: sixteen digits, never consecutive; and every id the asker may not read (someone
     * else's, one that never existed, one revoked) gets one and the same answer, so that none can be probed.
     */
    @Test
    void idsCannotBeGuessedOrProbed() {
        ask("ann", "C1", "me sre senior");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(Long.parseLong(ask("ann", "C1", "me share <@U0FRANK|frank>").controls().stream()
                    .map(Button.class::cast)
                    .findFirst()
                    .orElseThrow()
                    .id()
                    .arg(0)
                    .replace(OwnShares.UNSHARE_COMMAND + " ", "")));
        }
        assertThat(ids).allMatch(id -> String.valueOf(id).length() == 16);
        Set<Long> steps = new HashSet<>();
        for (int i = 1; i < ids.size(); i++) {
            steps.add(ids.get(i) - ids.get(i - 1));
        }
        assertThat(steps).as("no fixed step between ids").hasSizeGreaterThan(1).doesNotContain(1L, -1L);

        long frankOnly = ids.get(0);
        assertThat(ask("U0FRANK", "D9", "me shared " + frankOnly).kind()).isEqualTo(Card.Kind.CHECKLIST);
        ask("ann", "C1", "me unshare " + ids.get(1));
        Card notYours = ask("bob", "C1", "me shared " + frankOnly);
        Card never = ask("bob", "C1", "me shared 1234567890123456");
        Card revoked = ask("U0FRANK", "D9", "me shared " + ids.get(1));
        assertThat(List.of(never, revoked, ask("bob", "C1", "me comment " + frankOnly + " canary hi")))
                .allSatisfy(card -> assertThat(card).isEqualTo(notYours));
        assertThat(text(notYours)).isEqualTo(NOT_SHARED);
        // what is no id at all (its form, not the store, tells) gets how to open a share
        assertThat(text(ask("bob", "C1", "me shared x")))
                .startsWith("Open a checklist shared with you: me shared <id>");
    }

    /** {@code me shares} lists the owner's shares with a Stop button each; stopping one deletes its comments, and nobody else may stop it. */
    @Test
    void theOwnerListsTheirSharesAndStopsThem() {
        String open = channelShare("ann", "C1");
        as("ann", "C1", Invocation.Origin.PUBLIC, open);
        ask("bob", "C1", open.replace("shared", "comment") + " canary Looks ready");
        ask("ann", "C1", "me share <@U0FRANK|frank>");
        String id = open.replace("me shared ", "");

        Card list = ask("ann", "C1", "me shares");
        Section listed = sections(list).get(0);
        assertThat(listed.mentions()).containsExactly(Mention.user("U0FRANK"), new Mention("C1", true));
        assertThat(listed.text()).contains("2. " + id + ": with the channel " + Mention.PLACEHOLDER + " since ");
        assertThat(listed.text()).contains(", 1 comments");
        assertThat(buttons(list)).extracting(Button::label).containsExactly("Stop 1", "Stop 2");

        assertThat(ask("bob", "C1", "me unshare " + id).kind()).isEqualTo(Card.Kind.ERROR);
        assertThat(ask("bob", "C1", open).kind())
                .as("Bob could not stop Ann's share")
                .isEqualTo(Card.Kind.CHECKLIST);

        Card stopped = click("ann", "C1", button(list, "Stop 2"));
        assertThat(text(stopped)).startsWith("Stopped sharing " + id);
        assertThat(text(ask("bob", "C1", open))).isEqualTo(NOT_SHARED);
        assertThat(rig.jdbc.queryForObject("select count(*) from me_comment", Integer.class))
                .isZero();
        assertThat(text(ask("ann", "C1", "me unshare all"))).startsWith("Stopped all 1 of your shares");
        assertThat(text(ask("ann", "C1", "me unshare all")))
                .as("with nothing left to stop, it says so instead of 'Stopped all 0'")
                .startsWith("You share your checklist with nobody.");
        assertThat(text(ask("ann", "C1", "me shares"))).startsWith("You share your checklist with nobody.");
        assertThat(text(ask("ann", "C1", "我 取消分享 " + id))).startsWith("You have no share " + id);
    }

    /**
     * On Discord a person shared with opens the share and comments from the direct message, outside any
     * server: their own forget, from there or from any server, removes those comments, and their export lists them.
     */
    @Test
    void aViewersForgetRemovesTheCommentsTheyWroteFromDirectMessages() {
        discord("ann", "G1", "G1C", "me sre senior");
        String open = buttons(discord("ann", "G1", "G1C", "me share <@777>")).stream()
                .map(button -> button.id().arg(0))
                .filter(command -> command.startsWith(OwnShares.UNSHARE_COMMAND))
                .findFirst()
                .orElseThrow()
                .replace("unshare", "shared");
        assertThat(discord("777", "dm", "DM1", open).kind()).isEqualTo(Card.Kind.CHECKLIST);
        discord("777", "dm", "DM1", open.replace("shared", "comment") + " canary From my DMs");
        assertThat(text(discord("777", "dm", "DM1", "me export"))).contains("From my DMs");

        discord("777", "dm", "DM1", "me forget confirm");

        assertThat(rig.jdbc.queryForObject("select count(*) from me_comment", Integer.class))
                .isZero();
        assertThat(rig.jdbc.queryForObject("select count(*) from me_share", Integer.class))
                .as("the share made with them")
                .isZero();
    }

    /**
     * Anyone who may read a channel share may comment, so one person writes at most 30 comments an hour on other
     * people's shares together: the next is refused and not saved, and once those are an hour old they may comment
     * again.
     */
    @Test
    void aPersonWritesAtMostThirtyCommentsAnHour() {
        String first = channelShare("ann", "C1");
        String second = channelShare("cid", "C1");
        as("ann", "C1", Invocation.Origin.PUBLIC, first);
        as("cid", "C1", Invocation.Origin.PUBLIC, second);
        for (int i = 0; i < 30; i++) {
            String share = i % 2 == 0 ? first : second;
            assertThat(text(ask("bob", "C1", share.replace("shared", "comment") + " canary note " + i)))
                    .startsWith("Your comment on Canary Releases is saved");
        }

        Card refused = ask("bob", "C1", second.replace("shared", "comment") + " canary one more");
        String other = text(ask("dee", "C1", first.replace("shared", "comment") + " canary mine"));

        assertThat(refused.kind()).isEqualTo(Card.Kind.ERROR);
        assertThat(text(refused))
                .isEqualTo("You have written 30 comments in the last hour, the most there may be; the comment was not"
                        + " saved. Please try again later.");
        assertThat(other).as("another person's comments count apart").startsWith("Your comment on");
        assertThat(rig.jdbc.queryForObject("select count(*) from me_comment where author_id = 'bob'", Integer.class))
                .isEqualTo(30);
        rig.jdbc.update(
                "update me_comment_made set made_at = ? where author_id = 'bob'",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(61))));
        assertThat(text(ask("bob", "C1", second.replace("shared", "comment") + " canary an hour later")))
                .startsWith("Your comment on");
    }

    /**
     * Comments released together (40 at once, in each of 5 rounds by another author) cannot all pass the limit's
     * count before any of them is saved: the count and the comment it lets through are one step per author.
     */
    @Test
    void commentsReleasedTogetherStayWithinTheHourlyLimit() throws Exception {
        String open = channelShare("ann", "C1");
        as("ann", "C1", Invocation.Origin.PUBLIC, open);
        String comment = open.replace("shared", "comment") + " canary note";
        int together = 40;
        ExecutorService threads = Executors.newFixedThreadPool(together);
        try {
            for (int round = 0; round < 5; round++) {
                String author = "bob" + round;
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Card>> answers = new ArrayList<>();
                for (int i = 0; i < together; i++) {
                    answers.add(threads.submit(() -> {
                        go.await();
                        return ask(author, "C1", comment);
                    }));
                }
                go.countDown();
                long refused = 0;
                for (Future<Card> answer : answers) {
                    refused += answer.get().kind() == Card.Kind.ERROR ? 1 : 0;
                }
                assertThat(refused).as(author).isEqualTo(together - CommentTurns.PER_HOUR);
                assertThat(rig.jdbc.queryForObject(
                                "select count(*) from me_comment where author_id = ?", Integer.class, author))
                        .isEqualTo(CommentTurns.PER_HOUR);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * A skill's name of several words is read whole ({@code canary releases look great} comments "look great" on
     * Canary Releases, not "releases look great"), the longest name first, in quotes too; the answer names the skill
     * and quotes the comment, so that the asker sees where the name ended.
     */
    @Test
    void aCommentReadsASkillNameOfSeveralWordsWhole() {
        String open = channelShare("ann", "C1");
        as("ann", "C1", Invocation.Origin.PUBLIC, open);
        String comment = open.replace("shared", "comment");

        assertThat(text(ask("bob", "C1", comment + " canary releases look great")))
                .isEqualTo(
                        "Your comment on Canary Releases is saved: “look great”. The owner sees it on their profile.");
        assertThat(text(ask("bob", "C1", comment + " \"load testing\" needs work")))
                .startsWith("Your comment on Load Testing is saved: “needs work”");
        assertThat(text(ask("bob", "C1", comment + " release trains")))
                .as("a name and no comment")
                .startsWith("Comment on a skill: me comment");
        assertThat(text(zh("bob", "C1", comment.replace("me comment", "我 评论") + " canary releases 很好")))
                .isEqualTo("您对 Canary Releases 的评论已保存：“很好”。所有者会在其档案中看到。");
        assertThat(text(ask("bob", "C1", comment + " \"no such skill\" hi")))
                .startsWith("Comment on a skill: me comment");
        assertThat(rig.jdbc.queryForList("select skill_id || ':' || text from me_comment order by id", String.class))
                .containsExactly("canary-releases:look great", "load-testing:needs work", "canary-releases:很好");
    }

    /** A person is named by a mention the platform draws; text a commenter writes cannot add one. */
    @Test
    void peopleAreMentionsAndACommentCannotForgeOne() {
        String open = channelShare("ann", "C1");
        as("ann", "C1", Invocation.Origin.PUBLIC, open);
        ask("bob", "C1", open.replace("shared", "comment") + " canary I am " + Mention.PLACEHOLDER + " really");

        Section comments = sections(ask("ann", "C1", "me")).stream()
                .filter(section -> section.heading().equals("Comments on your progress:"))
                .findFirst()
                .orElseThrow();
        assertThat(comments.mentions()).containsExactly(Mention.user("bob"));
        assertThat(comments.text().chars().filter(c -> c == Mention.PLACEHOLDER))
                .hasSize(1);
        assertThat(comments.text()).endsWith(Mention.PLACEHOLDER + ": I am \uFFFD really");
    }

    /**
     * On Discord a direct message is outside every server: {@code me forget} there forgets the profile and the
     * shares the person made in each server (one user id is one person), and says so truthfully.
     */
    @Test
    void forgettingInADiscordDirectMessageForgetsEveryServersProfileAndShares() {
        discord("4242", "G1", "C1", "me sre senior");
        discord("4242", "G2", "C2", "me devops lead");
        discord("4242", "G2", "C2", "me share");

        Card forgotten = discord("4242", UserRef.NO_WORKSPACE, "D1", "me forget confirm");

        assertThat(text(forgotten)).isEqualTo("Done: nothing about you is stored any more.");
        assertThat(text(discord("4242", "G1", "C1", "me"))).startsWith("You have no profile yet.");
        assertThat(text(discord("4242", "G2", "C2", "me shares"))).startsWith("You share your checklist with nobody.");
    }

    /** A share with oneself (one's own mention, on Slack or Discord) is refused: nothing is stored, nobody is told. */
    @Test
    void aNameSlackDidNotMakeAMentionOfIsRefusedAndStoresNothing() {
        ask("ann", "C1", "me sre senior");

        Card refused = ask("ann", "C1", "me share @frank");

        assertThat(refused.kind()).isEqualTo(Card.Kind.ERROR);
        assertThat(text(refused)).startsWith("Share with this channel: me share. With one person: me share @name");
        assertThat(rig.jdbc.queryForObject("select count(*) from me_share", Integer.class))
                .isZero();
    }

    /** A mention pasted in quotes or markdown, as it is copied from a message, is that mention. */
    @Test
    void aMentionInQuotesOrMarkdownSharesWithThatPerson() {
        ask("ann", "C1", "me sre senior");
        discord("4242", "G1", "C1", "me sre senior");

        List<Card> shared = List.of(
                ask("ann", "C1", "me share \"<@U0FRANK>\""),
                ask("ann", "C1", "me share `<@U0FRANK|frank>`"),
                ask("ann", "C1", "me share *<@U0FRANK>*"),
                ask("ann", "C1", "me share “<@U0FRANK>”"),
                discord("4242", "G1", "C1", "me share \"<@!777>\""));

        assertThat(shared).allSatisfy(card -> assertThat(card.kind()).isEqualTo(Card.Kind.NOTICE));
        assertThat(shared.subList(0, 4))
                .allSatisfy(
                        card -> assertThat(sections(card).get(0).mentions()).containsExactly(Mention.user("U0FRANK")));
        assertThat(sections(shared.get(4)).get(0).mentions()).containsExactly(Mention.user("777"));
        assertThat(rig.jdbc.queryForObject("select count(*) from me_share", Integer.class))
                .isEqualTo(5);
    }

    @Test
    void sharingWithYourselfIsRefusedAndStoresNothing() {
        ask("ann", "C1", "me sre senior");
        discord("4242", "G1", "C1", "me sre senior");

        for (Card refused :
                List.of(ask("ann", "C1", "me share <@ann|ann>"), discord("4242", "G1", "C1", "me share 4242"))) {
            assertThat(refused.kind()).isEqualTo(Card.Kind.ERROR);
            assertThat(text(refused)).startsWith("That is you: your checklist is already yours to read (next)");
        }
        assertThat(rig.jdbc.queryForObject("select count(*) from me_share", Integer.class))
                .isZero();
    }

    /** Ann's profile, then a share with channel {@code channel}; the command that opens it. */
    private String channelShare(String owner, String channel) {
        ask(owner, channel, "me sre senior");
        return button(ask(owner, channel, "me share"), "Share in channel").id().arg(0);
    }

    private static String text(Card card) {
        return sections(card).get(0).text();
    }

    private Card ask(String user, String channel, String text) {
        return as(user, channel, Invocation.Origin.COMMAND, text);
    }

    private Card zh(String user, String channel, String text) {
        return service.answer(
                new Invocation(Platform.SLACK, "T1", channel, user, "zh-CN", Invocation.Origin.COMMAND), text);
    }

    private Card click(String user, String channel, Button button) {
        return as(user, channel, Invocation.Origin.BUTTON, button.id().arg(0));
    }

    private Card as(String user, String channel, Invocation.Origin origin, String text) {
        return service.answer(new Invocation(Platform.SLACK, "T1", channel, user, "en", origin), text);
    }

    private Card discord(String user, String guild, String channel, String text) {
        return service.answer(
                new Invocation(Platform.DISCORD, guild, channel, user, "en", Invocation.Origin.COMMAND), text);
    }
}
