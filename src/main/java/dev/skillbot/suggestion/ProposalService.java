package dev.skillbot.suggestion;

import dev.skillbot.catalog.CurrentCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Suggestions from submission ({@link ProposalSubmissions}) to write-back. A decision is a
 * conditional update on an open proposal, so double clicks, two reviewers and retried requests
 * decide once. An approval claims the proposal (APPROVING), then the one {@link CatalogWriter}
 * writes and commits it, and only then is it APPROVED; a crash in between is finished at start-up
 * by {@link ApprovalRecovery}.
 */
public final class ProposalService {

    private static final Logger log = LoggerFactory.getLogger(ProposalService.class);

    private final ProposalStore store;
    private final CatalogWriter writer;
    private final ReviewPolicy policy;
    private final SuggestionLimits limits;
    private final Clock clock;
    private final Runnable afterWrite;
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private final ProposalSubmissions submissions;

    public ProposalService(
            CurrentCatalog catalogs,
            ProposalStore store,
            CatalogWriter writer,
            ReviewPolicy policy,
            SuggestionLimits limits,
            Clock clock,
            Runnable afterWrite) {
        this.store = store;
        this.writer = writer;
        this.policy = policy;
        this.limits = limits;
        this.clock = clock;
        this.afterWrite = afterWrite;
        this.submissions = new ProposalSubmissions(catalogs, store, limits, clock, this::changed);
    }

    /** Runs after every saved submission or decision, such as clearing cached counts. */
    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    private void changed() {
        changeListeners.forEach(Runnable::run);
    }

    public Submission submit(ProposalDraft draft, Author author) {
        return submissions.submit(draft, author);
    }

    public Decision approve(long id, Author reviewer, Set<String> memberships) {
        if (!policy.allows(reviewer, memberships)) {
            return new Decision.NotAReviewer();
        }
        try {
            Optional<Proposal> found = store.find(id);
            if (found.isEmpty()) {
                return new Decision.NotFound(id);
            }
            ProposalStatus from = found.get().status();
            if (from.awaitsReviewer() && !policy.mayApprove(reviewer, found.get())) {
                return new Decision.OwnSuggestion(id);
            }
            Instant now = clock.instant();
            // trying an approval that needs attention again is a new approval: the same claim, one winner
            if (!from.awaitsReviewer() || !store.decide(id, from, ProposalStatus.APPROVING, reviewer, "", now)) {
                return new Decision.AlreadyDecided(store.find(id).orElse(found.get()));
            }
            changed();
            return finishApproval(store.find(id).orElseThrow());
        } catch (StoreUnavailableException e) {
            log.warn("Decision on suggestion {} not saved: {}", id, e.getMessage());
            return new Decision.Unavailable();
        }
    }

    /**
     * Writes an approval that is APPROVING and marks it APPROVED, or NEEDS_ATTENTION with the reason;
     * also how start-up finishes approvals a crash interrupted.
     */
    Decision finishApproval(Proposal approving) {
        CatalogWriter.Result written = writer.write(approving, LocalDate.ofInstant(clock.instant(), clock.getZone()));
        Instant now = clock.instant();
        String by = approving.verdict().by();
        if (written.written()) {
            afterWrite.run(); // the catalog serves the edit before anyone sees it approved
            store.transition(
                    approving.id(),
                    ProposalStatus.APPROVING,
                    ProposalStatus.APPROVED,
                    new Proposal.Verdict(by, now, ""));
        } else {
            log.warn("Approved suggestion #{} needs attention: {}", approving.id(), written.problem());
            store.transition(
                    approving.id(),
                    ProposalStatus.APPROVING,
                    ProposalStatus.NEEDS_ATTENTION,
                    new Proposal.Verdict(by, now, CommitMessage.oneLine(written.problem(), 1000), written.cause()));
        }
        changed();
        Proposal settled = store.find(approving.id()).orElseThrow();
        return written.written()
                ? new Decision.Decided(settled)
                : new Decision.NeedsAttention(settled, written.problem());
    }

    public Decision reject(long id, Author reviewer, Set<String> memberships, String reason) {
        if (!policy.allows(reviewer, memberships)) {
            return new Decision.NotAReviewer();
        }
        String note =
                UnsafeText.normalizeLineBreaks(reason == null ? "" : reason).strip();
        Optional<Decision> invalid = SuggestionChecks.reason(note, limits);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        try {
            Optional<Proposal> found = store.find(id);
            if (found.isEmpty()) {
                return new Decision.NotFound(id);
            }
            ProposalStatus from = found.get().status();
            if (!from.awaitsReviewer()
                    || !store.decide(id, from, ProposalStatus.REJECTED, reviewer, note, clock.instant())) {
                return new Decision.AlreadyDecided(store.find(id).orElse(found.get()));
            }
            changed();
            return new Decision.Decided(store.find(id).orElseThrow());
        } catch (StoreUnavailableException e) {
            log.warn("Decision on suggestion {} not saved: {}", id, e.getMessage());
            return new Decision.Unavailable();
        }
    }

    /** Why this user may not decide on this proposal now (before a reason form opens), or empty when they may. */
    public Optional<Decision> refusalBeforeDeciding(long id, Author reviewer, Set<String> memberships) {
        if (!policy.allows(reviewer, memberships)) {
            return Optional.of(new Decision.NotAReviewer());
        }
        try {
            Optional<Proposal> proposal = store.find(id);
            if (proposal.isEmpty()) {
                return Optional.of(new Decision.NotFound(id));
            }
            return proposal.get().status().awaitsReviewer()
                    ? Optional.empty()
                    : Optional.of(new Decision.AlreadyDecided(proposal.get()));
        } catch (StoreUnavailableException e) {
            return Optional.of(new Decision.Unavailable());
        }
    }

    public boolean isReviewer(Author user, Set<String> memberships) {
        return policy.allows(user, memberships);
    }

    public ReviewPolicy policy() {
        return policy;
    }

    public Optional<Proposal> find(long id) {
        return store.find(id);
    }

    public List<Proposal> open(String skillId, int limit) {
        return store.open(skillId, limit);
    }

    public long countOpen(String skillId) {
        return store.countOpen(skillId);
    }
}
