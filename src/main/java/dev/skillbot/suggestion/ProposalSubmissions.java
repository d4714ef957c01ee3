package dev.skillbot.suggestion;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CurrentCatalog;
import dev.skillbot.catalog.Expectation;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Skill;
import dev.skillbot.i18n.MessageKey;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The submission half of {@link ProposalService}: a draft is checked against the cell it names in
 * the snapshot being served, every field on the server, and the author's rate limit, then saved as
 * an open proposal; a database that is down answers {@link Submission.Unavailable}.
 */
final class ProposalSubmissions {

    // logs under ProposalService's name, as before the split, so log settings keep applying
    private static final Logger log = LoggerFactory.getLogger(ProposalService.class);

    private final CurrentCatalog catalogs;
    private final ProposalStore store;
    private final SuggestionLimits limits;
    private final Clock clock;
    private final Runnable changed;

    ProposalSubmissions(
            CurrentCatalog catalogs, ProposalStore store, SuggestionLimits limits, Clock clock, Runnable changed) {
        this.catalogs = catalogs;
        this.store = store;
        this.limits = limits;
        this.clock = clock;
        this.changed = changed;
    }

    Submission submit(ProposalDraft draft, Author author) {
        Catalog catalog = catalogs.current();
        Optional<Expectation> cell = cell(catalog, draft.skillId(), draft.levelId(), draft.roleId());
        if (cell.isEmpty()) {
            return new Submission.Refused(
                    "cell", MessageKey.SUGGEST_UNKNOWN_CELL, List.of(draft.skillId(), draft.levelId(), draft.roleId()));
        }
        if (draft.locale() != null && !catalog.locales().supports(draft.locale())) {
            return new Submission.Refused("text", MessageKey.SUGGEST_INVALID_CHOICE, List.of());
        }
        Optional<Submission.Refused> invalid = SuggestionChecks.check(draft, author, cell.get(), limits);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        try {
            Instant now = clock.instant();
            long recent = store.countByAuthorSince(author, now.minus(limits.window()));
            if (recent >= limits.perUserPerWindow()) {
                return new Submission.Refused("text", MessageKey.SUGGEST_RATE_LIMITED, List.of(recent));
            }
            Proposal saved = store.insert(Proposal.open(draft, cell.get(), author, catalog.revision(), now));
            changed.run();
            return new Submission.Saved(saved);
        } catch (StoreUnavailableException e) {
            log.warn("Suggestion from {} not saved: {}", CommitMessage.oneLine(author.userId(), 64), e.getMessage());
            return new Submission.Unavailable();
        }
    }

    static Optional<Expectation> cell(Catalog catalog, String skillId, String levelId, String roleId) {
        Optional<Skill> skill = catalog.skill(skillId == null ? "" : skillId);
        Optional<Level> level = catalog.level(levelId == null ? "" : levelId);
        if (skill.isEmpty() || level.isEmpty()) {
            return Optional.empty();
        }
        return skill.get().expectation(level.get(), roleId == null ? "" : roleId);
    }
}
