package dev.skillbot.suggestion;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes, at start-up, what a crash interrupted, so the database and the Git history agree:
 * temporary files the writer left are removed, and each approval still APPROVING is either found
 * committed (marked APPROVED) or written and committed now through the one writer (or, if its cell
 * changed meanwhile, marked NEEDS_ATTENTION).
 */
public final class ApprovalRecovery {

    private static final Logger log = LoggerFactory.getLogger(ApprovalRecovery.class);
    private static final int BATCH = 500;

    private final ProposalService proposals;
    private final ProposalStore store;
    private final CatalogHistory history;
    private final Path catalogDir;
    private final Clock clock;

    public ApprovalRecovery(
            ProposalService proposals, ProposalStore store, CatalogHistory history, Path catalogDir, Clock clock) {
        this.proposals = proposals;
        this.store = store;
        this.history = history;
        this.catalogDir = catalogDir;
        this.clock = clock;
    }

    /** How many interrupted approvals were finished; empty when the database could not be asked (they wait, unchanged). */
    public OptionalInt run() {
        sweepTemporaryFiles();
        return finishInterrupted();
    }

    /** {@link #run()} without the sweep, which is for start-up only: later, a write in progress has files of its own. */
    OptionalInt finishInterrupted() {
        try {
            List<Proposal> interrupted = store.inStatus(ProposalStatus.APPROVING, BATCH);
            interrupted.forEach(this::finish);
            return OptionalInt.of(interrupted.size());
        } catch (StoreUnavailableException e) {
            return OptionalInt.empty();
        }
    }

    private void finish(Proposal approving) {
        Optional<String> commit = history.commitOf(approving.id());
        if (commit.isPresent()) {
            store.transition(
                    approving.id(),
                    ProposalStatus.APPROVING,
                    ProposalStatus.APPROVED,
                    new Proposal.Verdict(approving.verdict().by(), clock.instant(), ""));
            log.info(
                    "Suggestion #{} was committed as {} before a restart; marked approved",
                    approving.id(),
                    commit.get());
            return;
        }
        Decision finished = proposals.finishApproval(approving);
        log.info(
                "Suggestion #{}, approved before a restart, is now {}",
                approving.id(),
                finished.settled().map(Proposal::status).orElse(ProposalStatus.APPROVING));
    }

    private void sweepTemporaryFiles() {
        try {
            TemporaryFiles.sweep(catalogDir)
                    .forEach(file -> log.warn("Removed {}, left by an interrupted catalog write", file.getFileName()));
        } catch (IOException e) {
            log.warn("Could not look for leftover temporary files in {}: {}", catalogDir, e.getMessage());
        }
    }
}
