package dev.skillbot.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Card;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.SuggestionFormBuilder;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The life of a suggestion as every platform gets it: the flow in the core, with a recording
 * {@link ReviewChannel} in place of an adapter. Slack and Discord reach the same rules by construction.
 */
class ReviewFlowTest {

    /** What an adapter's port would have sent. */
    static final class RecordingChannel implements ReviewChannel {
        final List<String> posts = new ArrayList<>();
        final List<String> updates = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        boolean configured = true;
        boolean reachable = true;

        @Override
        public Platform platform() {
            return Platform.SLACK;
        }

        @Override
        public boolean configured() {
            return configured;
        }

        @Override
        public boolean reachable() {
            return reachable;
        }

        @Override
        public String locale() {
            return "en";
        }

        @Override
        public Optional<Proposal.ReviewMessage> post(Card card) {
            posts.add(card.title());
            return Optional.of(new Proposal.ReviewMessage(
                    "C0REVIEW", "ts-" + posts.size(), "https://example.invalid/" + posts.size()));
        }

        @Override
        public void update(Proposal.ReviewMessage message, Card card) {
            updates.add(message.messageId() + " "
                    + String.join(
                            " | ", card.blocks().stream().map(Object::toString).toList()));
        }

        @Override
        public void tell(Author user, String text) {
            notes.add(user.userId() + ": " + text);
        }
    }

    @TempDir
    Path temp;

    WriterRig rig;
    RecordingChannel channel;
    ReviewFlow flow;

    @BeforeEach
    void setUp() {
        rig = new WriterRig(
                WriterRig.gitCatalog(temp.resolve("catalog")), TestDatabases.h2(), CatalogWriter.WriteSteps.NONE);
        channel = new RecordingChannel();
        flow = new ReviewFlow(
                rig.service,
                new ReviewPosts(rig.store, rig.clock, "here"),
                rig.catalogs,
                List.of(channel),
                Runnable::run);
    }

    @AfterEach
    void tearDown() {
        rig.close();
    }

    @Test
    void aSavedSuggestionIsPostedOnceDecidedAndItsAuthorTold() {
        Submission saved = flow.submit(
                FixtureCatalog.RELEASE_TRAINS, form("Senior sre runs the train.", "true"), WriterRig.author("U_ALICE"));

        assertThat(saved).isInstanceOf(Submission.Saved.class);
        long id = ((Submission.Saved) saved).proposal().id();
        assertThat(channel.posts)
                .containsExactly(
                        "Suggested edit #" + id + ": Release Trains · Senior · Site Reliability Engineer (SRE)");
        assertThat(rig.service.find(id).orElseThrow().reviewMessage().messageId())
                .isEqualTo("ts-1");

        Decision decision = flow.approve(id, WriterRig.REVIEWER, Set.of());

        assertThat(decision).isInstanceOf(Decision.Decided.class);
        assertThat(channel.updates)
                .singleElement()
                .asString()
                .startsWith("ts-1")
                .contains("Approved by Rita Reviewer");
        assertThat(channel.notes)
                .singleElement()
                .asString()
                .startsWith("U_ALICE: ")
                .contains("was approved by Rita Reviewer");

        flow.postWaitingReviews();
        assertThat(channel.posts).as("posted once").hasSize(1);
    }

    @Test
    void aReplicaThatCannotReachTheChannelLeavesThePostToOneThatCan() {
        channel.reachable = false;
        long id = ((Submission.Saved) flow.submit(
                        FixtureCatalog.RELEASE_TRAINS,
                        form("Senior sre runs the train.", "true"),
                        WriterRig.author("U_BOB")))
                .proposal()
                .id();
        assertThat(channel.posts).isEmpty();

        channel.reachable = true;
        rig.clock.advance(ReviewPosts.FIRST_TRY.plusSeconds(1));
        flow.postWaitingReviews();
        flow.postWaitingReviews();

        assertThat(channel.posts).hasSize(1);
        assertThat(rig.service.find(id).orElseThrow().reviewMessage()).isNotNull();
    }

    @Test
    void theFormIsCheckedOnTheServerAndADecidedSuggestionOpensNoReasonForm() {
        assertThat(flow.submit(FixtureCatalog.RELEASE_TRAINS, form("Text", "maybe"), WriterRig.author("U_C")))
                .isInstanceOf(Submission.Refused.class);
        long id = ((Submission.Saved) flow.submit(
                        FixtureCatalog.RELEASE_TRAINS,
                        form("Senior sre runs the train.", "true"),
                        WriterRig.author("U_C")))
                .proposal()
                .id();

        assertThat(flow.reject(id, WriterRig.REVIEWER, Set.of(), "x".repeat(1001)))
                .isInstanceOf(Decision.Invalid.class);
        assertThat(flow.refusalBeforeRejecting(id, WriterRig.REVIEWER, Set.of()))
                .isEmpty();
        assertThat(flow.reject(id, WriterRig.REVIEWER, Set.of(), "Not yet.")).isInstanceOf(Decision.Decided.class);
        assertThat(flow.refusalBeforeRejecting(id, WriterRig.REVIEWER, Set.of()))
                .get()
                .isInstanceOf(Decision.AlreadyDecided.class);
        assertThat(flow.approve(id, WriterRig.REVIEWER, Set.of())).isInstanceOf(Decision.AlreadyDecided.class);
    }

    @Test
    void aReviewerMayNotApproveTheirOwnSuggestion() {
        long id = ((Submission.Saved) flow.submit(
                        FixtureCatalog.RELEASE_TRAINS, form("Senior sre runs the train.", "true"), WriterRig.REVIEWER))
                .proposal()
                .id();

        assertThat(flow.approve(id, WriterRig.REVIEWER, Set.of())).isEqualTo(new Decision.OwnSuggestion(id));
        assertThat(rig.service.find(id).orElseThrow().status()).isEqualTo(ProposalStatus.OPEN);
        assertThat(flow.cards("en").review(rig.service.find(id).orElseThrow()).context())
                .contains("A reviewer other than Rita Reviewer decides.");
    }

    private static Map<String, String> form(String text, String required) {
        return Map.of(
                SuggestionFormBuilder.LEVEL,
                "senior",
                SuggestionFormBuilder.ROLE,
                "sre",
                SuggestionFormBuilder.TEXT,
                text,
                SuggestionFormBuilder.REQUIRED,
                required);
    }
}
