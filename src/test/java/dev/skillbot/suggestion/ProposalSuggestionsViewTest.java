package dev.skillbot.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.chat.Platform;
import dev.skillbot.persistence.JdbcProposalStore;
import dev.skillbot.testing.TestDatabases;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.OptionalLong;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cards read open counts from a snapshot refreshed in the background: a card never waits for the
 * store, and shows what was last read while the store cannot answer. The background work is run by
 * hand here, and time is a counter, so the test sees every step.
 */
class ProposalSuggestionsViewTest {

    private final TestDatabases.Switchable database = new TestDatabases.Switchable(TestDatabases.h2());
    private final JdbcProposalStore store = new JdbcProposalStore(JdbcClient.create(database));
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final Executor byHand = background::add;
    private final AtomicLong nanos = new AtomicLong();

    @Test
    void aCardNeverWaitsForTheStoreAndShowsTheCountOnceReadInTheBackground() {
        store.insert(open("gitops-practices"));
        ProposalSuggestionsView view = new ProposalSuggestionsView(store, byHand, nanos::get);

        assertThat(view.knownOpenCount("gitops-practices")).isEmpty();
        assertThat(background).hasSize(1);

        runBackground();
        assertThat(view.knownOpenCount("gitops-practices")).hasValue(1);
        assertThat(view.knownOpenCount("kubernetes")).hasValue(0);
        assertThat(view.knownOpenCount(null)).hasValue(1);
        assertThat(background).isEmpty();
    }

    @Test
    void aStaleSnapshotIsStillShownWhileOneRefreshRuns() {
        ProposalSuggestionsView view = new ProposalSuggestionsView(store, byHand, nanos::get);
        runBackground();
        store.insert(open("gitops-practices"));

        assertThat(view.knownOpenCount("gitops-practices")).hasValue(0);
        assertThat(background).isEmpty();

        nanos.addAndGet(ProposalSuggestionsView.FRESH.toNanos() + 1);
        assertThat(view.knownOpenCount("gitops-practices")).hasValue(0);
        assertThat(view.knownOpenCount("gitops-practices")).hasValue(0);
        assertThat(background).as("one refresh at a time").hasSize(1);

        runBackground();
        assertThat(view.knownOpenCount("gitops-practices")).hasValue(1);
    }

    @Test
    void aChangeIsReadAtOnceAndAnOutageKeepsTheLastCounts() {
        ProposalSuggestionsView view = new ProposalSuggestionsView(store, byHand, nanos::get);
        runBackground();
        store.insert(open("gitops-practices"));
        store.insert(open("gitops-practices"));

        view.changed();
        assertThat(view.knownOpenCount("gitops-practices")).hasValue(2);

        database.goDown();
        nanos.addAndGet(ProposalSuggestionsView.FRESH.toNanos() + 1);
        OptionalLong during = view.knownOpenCount("gitops-practices");
        runBackground();
        assertThat(during).hasValue(2);
        assertThat(view.knownOpenCount("gitops-practices")).hasValue(2);
        assertThat(background).as("the next card asks again").hasSize(1);

        database.comeBack();
        store.insert(open("gitops-practices"));
        runBackground();
        assertThat(view.knownOpenCount("gitops-practices")).hasValue(3);
    }

    /** The digest ages approvals not written by when they could not be written, the longest-waiting in its scope. */
    @Test
    void theOldestApprovalNotWrittenWaitsSinceItCouldNotBeWritten() {
        ProposalSuggestionsView view = new ProposalSuggestionsView(store, byHand, nanos::get);
        Instant first = Instant.parse("2026-12-01T08:00:00Z");
        notWritten("gitops-practices", Instant.parse("2026-12-05T08:00:00Z"));
        notWritten("canary-releases", first);
        store.insert(open("gitops-practices"));

        assertThat(view.oldestNotWritten(null)).contains(first);
        assertThat(view.oldestNotWritten("gitops-practices")).contains(Instant.parse("2026-12-05T08:00:00Z"));
        assertThat(view.oldestNotWritten("load-testing")).isEmpty();
    }

    private void notWritten(String skillId, Instant failedAt) {
        long id = store.insert(open(skillId)).id();
        store.transition(id, ProposalStatus.OPEN, ProposalStatus.APPROVING, new Proposal.Verdict("Rita", failedAt, ""));
        store.transition(
                id,
                ProposalStatus.APPROVING,
                ProposalStatus.NEEDS_ATTENTION,
                new Proposal.Verdict("Rita", failedAt, "push failed", WriteCause.REMOTE));
    }

    private void runBackground() {
        for (Runnable work = background.poll(); work != null; work = background.poll()) {
            work.run();
        }
    }

    private static Proposal open(String skillId) {
        Instant created = Instant.parse("2026-12-07T10:00:00Z");
        return new Proposal(
                0,
                skillId,
                "senior",
                "sre",
                "Old text.",
                "New text.",
                true,
                true,
                "",
                new Author(Platform.SLACK, "T1", "U1", "Alice"),
                "abc123",
                ProposalStatus.OPEN,
                created,
                created,
                Proposal.Verdict.NONE,
                null,
                null);
    }
}
