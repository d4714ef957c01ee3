package dev.skillbot.digest.follow;

import static dev.skillbot.testing.Cards.sections;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Card;
import dev.skillbot.card.Section;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandPorts;
import dev.skillbot.command.CommandService;
import dev.skillbot.persistence.JdbcFollows;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.TestDatabases;
import java.time.Clock;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code follow gitops} typed by hand answered "GitOps Practices has no level or role “follow”": typed {@code follow
 * <skill>} and {@code unfollow <skill>} do what the Follow button does, once however often typed, and {@code follow}
 * alone lists the skills followed, in the reader's language.
 */
class TypedFollowTest {

    private final Catalog catalog = FixtureCatalog.bilingual("r1");
    private final JdbcFollows follows = new JdbcFollows(new JdbcTemplate(TestDatabases.h2()));
    private final CommandService commands = new CommandService(
            () -> catalog, CommandPorts.NONE.withFollows(new FollowService(follows, () -> catalog, Clock.systemUTC())));
    private final Invocation alice =
            new Invocation(Platform.SLACK, "T1", "C1", "U0ALICE", "en", Invocation.Origin.COMMAND);
    private final Invocation bob =
            new Invocation(Platform.DISCORD, "G1", "C1", "42", "zh-CN", Invocation.Origin.COMMAND);

    @Test
    void followAndUnfollowTypedByHandChangeTheFollowOnceAndSaySo() {
        String gitops = FixtureCatalog.GITOPS;
        assertThat(text(commands.answer(alice, "follow gitops")))
                .startsWith("You now follow GitOps Practices: you will get a short private note when it changes.");
        assertThat(follows.isFollowing(Platform.SLACK, "U0ALICE", gitops)).isTrue();
        assertThat(text(commands.answer(alice, "follow gitpos senior")))
                .startsWith("You already follow GitOps Practices; nothing changed.");
        assertThat(follows.followedBy(Platform.SLACK, "U0ALICE")).hasSize(1);
        assertThat(text(commands.answer(alice, "follow"))).isEqualTo("• GitOps Practices");

        assertThat(text(commands.answer(alice, "unfollow gitops"))).isEqualTo("You no longer follow GitOps Practices.");
        assertThat(follows.isFollowing(Platform.SLACK, "U0ALICE", gitops)).isFalse();
        assertThat(text(commands.answer(alice, "unfollow gitops")))
                .isEqualTo("You do not follow GitOps Practices; nothing changed.");
        assertThat(text(commands.answer(alice, "follow"))).startsWith("You follow no skill.");
    }

    @Test
    void theAnswersComeInTheReadersLanguageWithTheSkillsNameInIt() {
        assertThat(text(commands.answer(bob, "关注 gitops"))).startsWith("您已关注 GitOps 实践：");
        assertThat(follows.isFollowing(Platform.DISCORD, "42", FixtureCatalog.GITOPS))
                .isTrue();
        assertThat(text(commands.answer(bob, "follow"))).isEqualTo("• GitOps 实践");
        assertThat(text(commands.answer(bob, "取消关注 gitops"))).isEqualTo("您已取消关注 GitOps 实践。");
    }

    @Test
    void wordsThatNameNoSkillFollowNothingAndGetTheLookupsExplanation() {
        Card card = commands.answer(alice, "follow xyzzy-nothing");
        assertThat(card.kind()).isIn(Card.Kind.DID_YOU_MEAN, Card.Kind.ERROR);
        assertThat(follows.followedBy(Platform.SLACK, "U0ALICE")).isEmpty();
        assertThat(text(commands.answer(alice, "follow <!channel>"))).doesNotContain("<!channel>");
        assertThat(follows.followedBy(Platform.SLACK, "U0ALICE")).isEmpty();
    }

    @Test
    void theCommandLineSaysWhereFollowingWorks() {
        assertThat(text(new CommandService(() -> catalog).answer(Invocation.cli("en"), "follow gitops")))
                .isEqualTo(
                        "Following a skill works in Slack and Discord, where Skillbot can tell you when it changes.");
    }

    private static String text(Card card) {
        return sections(card).stream().map(Section::text).collect(Collectors.joining("\n"));
    }
}
