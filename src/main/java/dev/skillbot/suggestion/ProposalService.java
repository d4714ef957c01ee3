package dev.skillbot.suggestion;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogSource;
import dev.skillbot.catalog.Expectation;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Skill;
import dev.skillbot.i18n.MessageKey;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Suggestions from submission to write-back. A decision is a conditional update on an open
 * proposal, so double clicks, two reviewers and retried requests decide once; only the winner
 * writes the catalog.
 */
public final class ProposalService {

    private static final Logger log = LoggerFactory.getLogger(ProposalService.class);

    private final CatalogSource catalogs;
    private final ProposalStore store;
    private final CatalogWriter writer;
    private final CatalogHistory history;
    private final ReviewPolicy policy;
    private final SuggestionLimits limits;
    private final Clock clock;
    private final Runnable afterWrite;
    private final List<Runnable> changeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public ProposalService(CatalogSource catalogs, ProposalStore store, CatalogWriter writer, CatalogHistory history,
                           ReviewPolicy policy, SuggestionLimits limits, Clock clock, Runnable afterWrite) {
        this.catalogs = catalogs;
        this.store = store;
        this.writer = writer;
        this.history = history;
        this.policy = policy;
        this.limits = limits;
        this.clock = clock;
        this.afterWrite = afterWrite;
    }

    /** Runs after every saved submission or decision, such as clearing cached counts. */
    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    private void changed() {
        changeListeners.forEach(Runnable::run);
    }

    public Submission submit(ProposalDraft draft, Author author) {
        Catalog catalog = catalogs.current();
        Optional<Expectation> cell = cell(catalog, draft.skillId(), draft.levelId(), draft.roleId());
        if (cell.isEmpty()) {
            return new Submission.Refused("cell", MessageKey.SUGGEST_UNKNOWN_CELL, List.of(draft.skillId(), draft.levelId(), draft.roleId()));
        }
        Optional<Submission.Refused> invalid = SuggestionChecks.check(draft, cell.get(), limits);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        try {
            Instant now = clock.instant();
            long recent = store.countByAuthorSince(author, now.minus(limits.window()));
            if (recent >= limits.perUserPerWindow()) {
                return new Submission.Refused("text", MessageKey.SUGGEST_RATE_LIMITED, List.of(recent));
            }
            Proposal proposal = new Proposal(0, draft.skillId(), draft.levelId(), draft.roleId(), cell.get().text(), draft.text(),
                    cell.get().required(), draft.required(), draft.rationale(), author, catalog.revision(), ProposalStatus.OPEN,
                    now, now, null, null, null, null);
            Proposal saved = store.insert(proposal);
            changed();
            return new Submission.Saved(saved);
        } catch (StoreUnavailableException e) {
            log.warn("Suggestion from {} not saved: {}", author.userId(), e.getMessage());
            return new Submission.Unavailable();
        }
    }

    public Decision approve(long id, Author reviewer, Set<String> memberships) {
        return decide(id, reviewer, memberships, ProposalStatus.APPROVED, "");
    }

    public Decision reject(long id, Author reviewer, Set<String> memberships, String reason) {
        return decide(id, reviewer, memberships, ProposalStatus.REJECTED, reason == null ? "" : reason.strip());
    }

    public boolean isReviewer(Author user, Set<String> memberships) {
        return policy.allows(user, memberships);
    }

    private Decision decide(long id, Author reviewer, Set<String> memberships, ProposalStatus outcome, String note) {
        if (!policy.allows(reviewer, memberships)) {
            return new Decision.NotAReviewer();
        }
        try {
            Optional<Proposal> found = store.find(id);
            if (found.isEmpty()) {
                return new Decision.NotFound(id);
            }
            Instant now = clock.instant();
            if (!store.transition(id, ProposalStatus.OPEN, outcome, reviewer.displayName(), note, now)) {
                return new Decision.AlreadyDecided(store.find(id).orElse(found.get()));
            }
            changed();
            if (outcome == ProposalStatus.APPROVED) {
                Optional<String> problem = writeBack(found.get(), now);
                if (problem.isPresent()) {
                    store.transition(id, ProposalStatus.APPROVED, ProposalStatus.NEEDS_ATTENTION, reviewer.displayName(), problem.get(), now);
                    return new Decision.NeedsAttention(store.find(id).orElseThrow(), problem.get());
                }
            }
            return new Decision.Decided(store.find(id).orElseThrow());
        } catch (StoreUnavailableException e) {
            log.warn("Decision on suggestion {} not saved: {}", id, e.getMessage());
            return new Decision.Unavailable();
        }
    }

    /** Writes and records the edit; the problem, if any, that needs a person. */
    private Optional<String> writeBack(Proposal proposal, Instant now) {
        Catalog catalog = catalogs.current();
        Optional<Skill> skill = catalog.skill(proposal.skillId());
        if (skill.isEmpty()) {
            return Optional.of("the skill " + proposal.skillId() + " is no longer in the catalog");
        }
        Path file = Path.of(skill.get().sourceFile());
        try {
            CatalogWriter.Result written = writer.apply(file, CellEdit.of(proposal, LocalDate.ofInstant(now, clock.getZone())));
            if (!written.written()) {
                return Optional.of(written.problem());
            }
        } catch (IOException e) {
            return Optional.of("could not write " + file + ": " + e.getMessage());
        }
        CatalogHistory.Outcome recorded = history.record(file, proposal.author(), commitMessage(proposal, skill.get()));
        afterWrite.run();
        return recorded.recorded() ? Optional.empty() : Optional.of(recorded.problem());
    }

    private static String commitMessage(Proposal proposal, Skill skill) {
        return "Update " + skill.name() + ": " + proposal.levelId() + " / " + proposal.roleId() + "\n\n"
                + "Suggestion #" + proposal.id() + " by " + proposal.author().displayName()
                + " (" + proposal.author().platform().name().toLowerCase(java.util.Locale.ROOT) + "), made against catalog revision "
                + proposal.catalogRevision() + "." + (proposal.rationale().isEmpty() ? "" : "\n\nRationale: " + proposal.rationale()) + "\n";
    }

    static Optional<Expectation> cell(Catalog catalog, String skillId, String levelId, String roleId) {
        Optional<Skill> skill = catalog.skill(skillId == null ? "" : skillId);
        Optional<Level> level = catalog.level(levelId == null ? "" : levelId);
        if (skill.isEmpty() || level.isEmpty()) {
            return Optional.empty();
        }
        return skill.get().expectation(level.get(), roleId == null ? "" : roleId);
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

    public void attachReviewMessage(long id, Proposal.ReviewMessage message) {
        store.attachReviewMessage(id, message);
    }
}
