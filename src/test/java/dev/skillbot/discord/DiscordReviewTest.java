package dev.skillbot.discord;

import static dev.skillbot.discord.RunningBot.options;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.command.CommandService;
import dev.skillbot.discord.fake.FakeDiscord;
import dev.skillbot.discord.fake.Interactions;
import dev.skillbot.discord.fake.Recorded;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The suggestion and review interactions against the fake Discord, with the adapter wired as the
 * application wires it: forms as first responses, rejection with a reason, refusals, a database
 * outage, and Follow.
 */
class DiscordReviewTest {

    private static final long MEMBER = Long.parseLong("2248473465835073");
    private static FakeDiscord discord;
    private static RunningBot bot;

    @BeforeAll
    static void start() {
        discord = FakeDiscord.start(List.of(Interactions.GUILD_ID), 1);
        bot = RunningBot.start(
                discord,
                new CommandService(TestCatalogs::fixture),
                "SKILLBOT_DISCORD_REVIEW_CHANNEL=" + FakeDiscord.REVIEW_CHANNEL_ID);
        discord.awaitRequest(request -> request.is("PUT", "applications/\\d+/commands"));
    }

    @AfterEach
    void databaseBack() {
        bot.database().comeBack();
    }

    @AfterAll
    static void stop() {
        bot.close();
        discord.close();
    }

    @Test
    void slashSuggestAnswersWithTheFormOrElseWithTheCommandsOwnCard() {
        Recorded form =
                discord.answered(Interactions.slash("suggest", options("skill", "load-testing", "level", "lead")));
        assertThat(form.callbackType()).isEqualTo(9);
        assertThat(form.data().getString("custom_id")).isEqualTo("sb1:suggested:load-testing:en");

        Recorded unknown = discord.answered(Interactions.slash("suggest", options("skill", "quantum basket weaving")));
        assertThat(unknown.callbackType()).isEqualTo(4);
        assertThat(unknown.data().getInt("flags") & 64).isEqualTo(64);
    }

    @Test
    void aReviewerRejectsWithAReasonAndTheAuthorIsToldWhy() {
        String approveId = submitForReview("load-testing", "Knows the three pillars, and when each one helps.");
        String rejectId = approveId.replace(":approve:", ":reject:");
        String proposal = approveId.substring(approveId.lastIndexOf(':') + 1);

        Recorded refused = discord.answered(inReview(Interactions.button(rejectId, false)));
        assertThat(refused.callbackType()).isEqualTo(4);
        assertThat(refused.data().toString()).contains("Only reviewers can approve or reject");

        Recorded form = discord.answered(reviewer(Interactions.button(rejectId, false)));
        assertThat(form.callbackType()).isEqualTo(9);
        assertThat(form.data().getString("custom_id")).isEqualTo("sb1:rejected:" + proposal);
        assertThat(DiscordMessageLimits.modalViolations(form.data())).isEmpty();

        DataObject decided = discord.decidedPost(
                reviewer(Interactions.modalSubmit(
                        "sb1:rejected:" + proposal, Map.of("reason", "Too vague for a lead."), Map.of(), true)),
                Long.parseLong(proposal));
        assertThat(decided.toString()).contains("Rejected by Rita: Too vague for a lead.");
        assertThat(decided.optArray("components").orElseGet(DataArray::empty).length())
                .isZero();
        discord.awaitRequest(request -> request.is("POST", "channels/\\d+/messages")
                && request.body().contains("was rejected by Rita: Too vague for a lead."));
    }

    @Test
    void whenTheDatabaseIsDownNothingIsSavedAndTheUserIsToldToTryAgain() {
        bot.database().goDown();

        Recorded answer = discord.answered(Interactions.modalSubmit(
                "sb1:suggested:load-testing",
                Map.of("text", "Anything new."),
                Map.of("role", "sre", "level", "lead", "required", "true"),
                false));

        assertThat(answer.data().getInt("flags") & 64).isEqualTo(64);
        assertThat(answer.data().toString()).contains("Not saved: the database is unavailable right now");
    }

    @Test
    void followTogglesAndLeavesTheCardAlone() {
        Recorded on = discord.answered(Interactions.button("sb1:follow:load-testing", true));
        Recorded off = discord.answered(Interactions.button("sb1:follow:load-testing", true));

        assertThat(on.callbackType()).isEqualTo(4);
        assertThat(on.data().getInt("flags") & 64).isEqualTo(64);
        assertThat(on.data().toString()).contains("You now follow Load Testing");
        assertThat(off.data().toString()).contains("You no longer follow Load Testing");
    }

    @Test
    void rejectOnADecidedSuggestionOpensNoFormAndTheAuthorMayNotApproveTheirOwn() {
        String approveId = submitForReview("load-testing", "Chooses the pillar that answers the question at hand.");
        String rejectId = approveId.replace(":approve:", ":reject:");
        String proposal = approveId.substring(approveId.lastIndexOf(':') + 1);

        // the suggester holds the reviewer role too, but four eyes apply
        Recorded own = discord.answered(Interactions.by(
                inReview(Interactions.button(approveId, false)),
                Interactions.USER_ID,
                "Alice",
                List.of(RunningBot.REVIEWER_ROLE),
                MEMBER));
        assertThat(own.callbackType()).isEqualTo(4);
        assertThat(own.data().getInt("flags") & 64).isEqualTo(64);
        assertThat(own.data().toString()).contains("is yours: another reviewer needs to approve it");

        assertThat(discord.decidedPost(
                                reviewer(Interactions.modalSubmit(
                                        "sb1:rejected:" + proposal,
                                        Map.of("reason", "Says the same as today."),
                                        Map.of(),
                                        true)),
                                Long.parseLong(proposal))
                        .toString())
                .contains("Rejected by Rita");
        Recorded late = discord.answered(reviewer(Interactions.button(rejectId, false)));
        assertThat(late.callbackType()).as("a refusal, not the reason form").isEqualTo(4);
        assertThat(late.data().toString()).contains("was already decided");
    }

    /** Submits a suggestion through the form and returns the Approve id of its review post. */
    private static String submitForReview(String skill, String text) {
        int before = discord.posts(FakeDiscord.REVIEW_CHANNEL_ID).size();
        Recorded saved = discord.answered(Interactions.modalSubmit(
                "sb1:suggested:" + skill,
                Map.of("text", text),
                Map.of("role", "sre", "level", "lead", "required", "true"),
                false));
        assertThat(saved.data().toString()).contains("is waiting for review");
        org.awaitility.Awaitility.await()
                .until(() -> discord.posts(FakeDiscord.REVIEW_CHANNEL_ID).size() > before);
        DataObject post =
                discord.posts(FakeDiscord.REVIEW_CHANNEL_ID).get(before).json();
        return post.getArray("components")
                .getObject(0)
                .getArray("components")
                .getObject(0)
                .getString("custom_id");
    }

    private static DataObject inReview(DataObject interaction) {
        return Interactions.in(interaction, FakeDiscord.REVIEW_CHANNEL_ID);
    }

    private static DataObject reviewer(DataObject interaction) {
        return Interactions.by(
                inReview(interaction), "999999999999999991", "Rita", List.of(RunningBot.REVIEWER_ROLE), MEMBER);
    }
}
