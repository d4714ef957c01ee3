package dev.skillbot.discord;

import static dev.skillbot.discord.RunningBot.options;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.discord.fake.FakeDiscord;
import dev.skillbot.discord.fake.Interactions;
import dev.skillbot.discord.fake.Recorded;
import dev.skillbot.suggestion.ProposalService;
import dev.skillbot.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5 on Discord, through the whole application and the real JDA client: Suggest edit on a
 * card opens the form, the submission is posted for review, a member without a reviewer role is
 * refused, a reviewer approves, the YAML file is changed and committed, the author hears about it,
 * and the next lookup shows the new text.
 */
class DiscordSuggestionFlowTest {

    private static final String NEW_TEXT = "Ties canary gates to SLOs with SLO-gated canaries and automated rollback.";
    private static final String REVIEWER_ID = "999999999999999991";

    @TempDir
    static Path catalog;

    private static FakeDiscord discord;
    private static DiscordApp app;

    @BeforeAll
    static void start() {
        app = DiscordApp.start(catalog, new MutableClock(java.time.Instant.parse("2026-11-25T12:00:00Z")));
        discord = app.discord();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aSuggestionIsReviewedApprovedCommittedAndShown() throws Exception {
        // given a level card with its Suggest edit button
        DataObject lookup = discord.answered(Interactions.slash(
                        "lookup", options("skill", "canary-releases", "level", "senior", "role", "sre")))
                .data();
        String suggestId = customIds(lookup).stream()
                .filter(id -> id.startsWith("sb1:suggest:"))
                .findFirst()
                .orElseThrow();

        // when the user clicks it, the form is the first response
        Recorded form = discord.answered(Interactions.button(suggestId, true));
        assertThat(form.callbackType()).isEqualTo(9);
        DataObject modal = form.data();
        assertThat(modal.getString("custom_id")).isEqualTo("sb1:suggested:canary-releases:en");
        assertThat(modal.getString("title")).hasSizeLessThanOrEqualTo(45);
        DataArray labels = modal.getArray("components");
        assertThat(labels.length()).isEqualTo(5);
        DataObject text = labels.getObject(2).getObject("component");
        assertThat(text.getInt("type")).isEqualTo(4);
        assertThat(text.getString("value")).startsWith("Ties canary gates to SLOs");
        DataObject role = labels.getObject(0).getObject("component");
        assertThat(role.getArray("options").stream(DataArray::getObject)
                        .filter(option -> option.getBoolean("default", false))
                        .map(option -> option.getString("value")))
                .containsExactly("sre");

        // and submits it
        Recorded saved = discord.answered(Interactions.modalSubmit(
                "sb1:suggested:canary-releases",
                Map.of("text", NEW_TEXT, "rationale", "Name the canary gates."),
                cell("true"),
                true));
        assertThat(saved.callbackType()).isEqualTo(4);
        assertThat(saved.data().getInt("flags") & 64).isEqualTo(64);
        assertThat(description(saved.data())).startsWith("Thanks! Suggestion #");

        // then the review card is posted to the review channel and recorded with the proposal
        DataObject review = discord.awaitRequest(
                        request -> request.is("POST", "channels/" + FakeDiscord.REVIEW_CHANNEL_ID + "/messages"))
                .json();
        assertThat(review.getObject("allowed_mentions").getArray("parse").length())
                .isZero();
        assertThat(DiscordMessageLimits.violations(review)).isEmpty();
        String approveId = customIds(review).stream()
                .filter(id -> id.startsWith("sb1:approve:"))
                .findFirst()
                .orElseThrow();
        long proposalId = Long.parseLong(approveId.substring("sb1:approve:".length()));
        ProposalService proposals = app.bean(ProposalService.class);
        org.awaitility.Awaitility.await()
                .until(() -> proposals.find(proposalId).orElseThrow().reviewMessage() != null);
        assertThat(proposals.find(proposalId).orElseThrow().reviewMessage().link())
                .matches("https://discord.com/channels/" + Interactions.GUILD_ID + "/" + FakeDiscord.REVIEW_CHANNEL_ID
                        + "/\\d+");

        // when a member without a reviewer role clicks Approve, they are refused privately
        Recorded refused = discord.answered(inReview(Interactions.button(approveId, false)));
        assertThat(refused.callbackType()).isEqualTo(4);
        assertThat(refused.data().getInt("flags") & 64).isEqualTo(64);
        assertThat(description(refused.data())).startsWith("Only reviewers can approve or reject");

        // and a reviewer approves: the post is edited in place to its decided state
        DataObject approve = Interactions.by(
                inReview(Interactions.button(approveId, false)),
                REVIEWER_ID,
                "Rita",
                List.of("424242424242424242", DiscordApp.REVIEWER_ROLE),
                Long.parseLong("2248473465835073"));
        DataObject decided = discord.decidedPost(approve, proposalId);
        assertThat(decided.toString()).contains("Approved by Rita");
        assertThat(decided.optArray("components").orElseGet(DataArray::empty).length())
                .isZero();
        assertThat(decided.getObject("allowed_mentions").getArray("parse").length())
                .isZero();

        // then the YAML file holds the new text, committed with the suggester as author
        Path file = catalog.resolve("build-deploy/canary-releases.yml");
        assertThat(Files.readString(file)).contains(NEW_TEXT);
        try (Git git = Git.open(catalog.toFile())) {
            RevCommit last = git.log().setMaxCount(1).call().iterator().next();
            assertThat(last.getShortMessage()).isEqualTo("Update Canary Releases: senior / sre");
            assertThat(last.getAuthorIdent().getName()).isEqualTo("Alice");
            assertThat(git.status().call().isClean()).isTrue();
        }

        // and the author is told by direct message
        Recorded channel = discord.awaitRequest(request -> request.is("POST", "users/@me/channels")
                && request.json().getString("recipient_id").equals(Interactions.USER_ID));
        assertThat(channel).isNotNull();
        DataObject note = discord.awaitRequest(request -> request.is("POST", "channels/\\d+/messages")
                        && request.body().contains("was approved by Rita"))
                .json();
        assertThat(note.getObject("allowed_mentions").getArray("parse").length())
                .isZero();

        // and a lookup shows the new text
        DataObject after = discord.answered(Interactions.slash(
                        "lookup", options("skill", "canary-releases", "level", "senior", "role", "sre")))
                .data();
        assertThat(after.toString()).contains("SLO-gated canaries");

        // and a late second click changes nothing and says so
        DataObject late = Interactions.by(
                inReview(Interactions.button(approveId, false)),
                REVIEWER_ID,
                "Rita",
                List.of(DiscordApp.REVIEWER_ROLE),
                Long.parseLong("2248473465835073"));
        assertThat(lateRefusal(late)).contains("was already decided");
    }

    /**
     * {@code /skill suggest skill:trains release train level:lead}: words that each name Release Trains answered with a
     * Suggest edit button; the form is the first response, as for the skill's whole name.
     */
    @Test
    void suggestWithWordsThatNameOneSkillOpensTheFormStraightAway() {
        Recorded form = discord.answered(
                Interactions.slash("suggest", options("skill", "trains release train", "level", "lead")));

        assertThat(form.callbackType()).isEqualTo(9);
        assertThat(form.data().getString("custom_id")).isEqualTo("sb1:suggested:release-trains:en");
    }

    /**
     * {@code /skill suggest skill:canary trains} (two skills) asks which one; the button of the one picked opens its
     * suggestion form, where it showed that skill's card.
     */
    @Test
    void suggestWithWordsNamingTwoSkillsOpensTheFormOfTheOnePicked() {
        DataObject which = discord.answered(
                        Interactions.slash("suggest", options("skill", "canary trains", "level", "lead")))
                .data();
        assertThat(customIds(which))
                .containsExactly("sb1:suggest:canary-releases:lead:", "sb1:suggest:release-trains:lead:");

        Recorded form = discord.answered(Interactions.button("sb1:suggest:release-trains:lead:", true));

        assertThat(form.callbackType()).isEqualTo(9);
        assertThat(form.data().getString("custom_id")).isEqualTo("sb1:suggested:release-trains:en");
    }

    /** A suggestion from the Chinese view: reviewed side by side, and approving it adds the Chinese text and leaves the English alone. */
    @Test
    void aSuggestionOnTheChineseViewAddsOnlyTheChineseText() throws Exception {
        Path file = catalog.resolve("delivery/release-trains.yml");
        String english = "      text: \"Lead sre plans releases on a fixed train.\"";
        assertThat(Files.readAllLines(file)).contains(english);
        String chinese = "资深 sre 按固定节奏规划发布列车。";
        Recorded saved = discord.answered(Interactions.modalSubmit(
                "sb1:suggested:release-trains:zh-CN",
                Map.of("text", chinese),
                Map.of("role", "sre", "level", "lead", "required", "true"),
                false));
        assertThat(description(saved.data())).startsWith("Thanks! Suggestion #");

        DataObject review = discord.awaitRequest(
                        request -> request.is("POST", "channels/" + FakeDiscord.REVIEW_CHANNEL_ID + "/messages")
                                && request.body().contains("资深 sre 按固定节奏"))
                .json();
        assertThat(review.toString())
                .contains("Side by side: English today and Chinese (China) as proposed")
                .contains("Lead sre plans releases on a fixed train.");
        String approveId = customIds(review).stream()
                .filter(id -> id.startsWith("sb1:approve:"))
                .findFirst()
                .orElseThrow();
        DataObject approve = Interactions.by(
                inReview(Interactions.button(approveId, false)),
                REVIEWER_ID,
                "Rita",
                List.of(DiscordApp.REVIEWER_ROLE),
                Long.parseLong("2248473465835073"));
        assertThat(discord.decidedPost(approve, Long.parseLong(approveId.substring("sb1:approve:".length())))
                        .toString())
                .contains("Approved by Rita");

        String yaml = Files.readString(file);
        assertThat(yaml)
                .contains("      text:\n        en: \"Lead sre plans releases on a fixed train.\"\n        zh-CN: \""
                        + chinese + "\"\n");
        DataObject lookup = discord.answered(
                        Interactions.slash("lookup", options("skill", "release-trains", "level", "lead", "role", "sre"))
                                .put("locale", "zh-CN"))
                .data();
        assertThat(lookup.toString()).contains(chinese).contains("部分内容暂无中文翻译");
    }

    /**
     * The cell was edited in the catalog after the suggestion: the approval writes nothing, and the review post and
     * the author's direct message offer Suggest edit, which opens the form on that cell.
     */
    @Test
    void aCellChangedSinceTheSuggestionOffersToSuggestAgain() throws Exception {
        Recorded saved = discord.answered(Interactions.modalSubmit(
                "sb1:suggested:canary-releases",
                Map.of("text", "Runs canaries region by region."),
                Map.of("role", "infra", "level", "senior", "required", "true"),
                false));
        String number = description(saved.data()).replaceAll("(?s)^Thanks! Suggestion #(\\d+).*", "$1");
        DataObject review = discord.awaitRequest(
                        request -> request.is("POST", "channels/" + FakeDiscord.REVIEW_CHANNEL_ID + "/messages")
                                && request.body().contains("#" + number + ":"))
                .json();
        String approveId = customIds(review).stream()
                .filter(id -> id.startsWith("sb1:approve:"))
                .findFirst()
                .orElseThrow();
        Path file = catalog.resolve("build-deploy/canary-releases.yml");
        Files.writeString(file, Files.readString(file).replace("with Flagger, one region at a time,", "with Argo,"));
        try (Git git = Git.open(catalog.toFile())) {
            git.add().addFilepattern("build-deploy/canary-releases.yml").call();
            git.commit().setMessage("Edit senior/infra").call();
        }

        DataObject decided = discord.decidedPost(
                Interactions.by(
                        inReview(Interactions.button(approveId, false)),
                        REVIEWER_ID,
                        "Rita",
                        List.of(DiscordApp.REVIEWER_ROLE),
                        Long.parseLong("2248473465835073")),
                Long.parseLong(approveId.substring("sb1:approve:".length())));

        String suggestAgain = "sb1:suggest:canary-releases:senior:infra";
        assertThat(decided.toString()).contains("suggest again against the current text");
        assertThat(customIds(decided)).endsWith(suggestAgain);
        DataObject note = discord.awaitRequest(request -> request.is("POST", "channels/\\d+/messages")
                        && request.body().contains("suggest it again against the cell"))
                .json();
        assertThat(customIds(note)).containsExactly(suggestAgain);
        assertThat(DiscordMessageLimits.violations(note)).isEmpty();
        Recorded form = discord.answered(Interactions.button(suggestAgain, true));
        assertThat(form.callbackType()).isEqualTo(9);
        assertThat(form.data().getString("custom_id")).isEqualTo("sb1:suggested:canary-releases:en");
    }

    @Test
    void anUnchangedSuggestionIsRefusedWithAnExplanation() {
        String current = app.bean(CatalogReloader.class)
                .current()
                .skill("load-testing")
                .orElseThrow()
                .expectation(
                        app.bean(CatalogReloader.class)
                                .current()
                                .level("senior")
                                .orElseThrow(),
                        "sre")
                .orElseThrow()
                .text();
        Recorded refused = discord.answered(
                Interactions.modalSubmit("sb1:suggested:load-testing", Map.of("text", current), cell("true"), false));

        assertThat(refused.callbackType()).isEqualTo(4);
        assertThat(refused.data().getInt("flags") & 64).isEqualTo(64);
        assertThat(description(refused.data())).contains("This is the current text");
        assertThat(discord.posts(FakeDiscord.REVIEW_CHANNEL_ID))
                .allMatch(post -> !post.body().contains("Load Testing"));
    }

    private static Map<String, String> cell(String required) {
        return Map.of("role", "sre", "level", "senior", "required", required);
    }

    private static DataObject inReview(DataObject interaction) {
        return Interactions.in(interaction, FakeDiscord.REVIEW_CHANNEL_ID);
    }

    /** The refusal a click gets, as an immediate private reply or a private follow-up after a deferral. */
    private static String lateRefusal(DataObject interaction) {
        Recorded callback = discord.answered(interaction);
        if (callback.callbackType() == 4) {
            return callback.data().toString();
        }
        return discord.awaitRequest(request -> request.is("POST", "webhooks/\\d+/" + interaction.getString("token")))
                .body();
    }

    private static List<String> customIds(DataObject message) {
        return message.getArray("components").stream(DataArray::getObject)
                .flatMap(row -> row.getArray("components").stream(DataArray::getObject))
                .map(component -> component.getString("custom_id", ""))
                .toList();
    }

    private static String description(DataObject message) {
        return message.getArray("embeds").getObject(0).getString("description", "");
    }
}
