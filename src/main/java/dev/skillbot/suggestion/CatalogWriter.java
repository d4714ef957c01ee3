package dev.skillbot.suggestion;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CurrentCatalog;
import dev.skillbot.catalog.Skill;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The one path every change to the catalog's files takes, one change at a time in this process and,
 * through the {@link CatalogLease}, across replicas: catch up with the remote, re-read the file,
 * apply the edit, verify the result with the loader against the snapshot being served, replace the
 * file atomically, commit exactly that file with the suggester as author, and publish it. A push
 * the remote rejects (another replica got there first) is written again on the new head, a few
 * times; a write that cannot be published is taken back. No temporary file outlives a failure.
 */
public final class CatalogWriter {

    /** Where a write stands; {@link WriteSteps} hears of each, which is how tests fail at every step. */
    public enum Step {
        READ,
        VERIFIED,
        TEMP_WRITTEN,
        REPLACED,
        COMMITTED,
        PUBLISHED
    }

    /** How often a write is tried again on a remote head that moved while it was being written. */
    static final int ATTEMPTS = 4;

    /** Observes each step of a write; the default hears nothing. */
    @FunctionalInterface
    public interface WriteSteps {
        void reached(Step step, long proposalId);

        WriteSteps NONE = (step, proposalId) -> {};
    }

    /**
     * The outcome of a write: the edit is in the catalog (and committed, with its id), or why it was left alone (the
     * cause, for people; the problem in the writer's words, for the log).
     */
    public record Result(boolean written, String commitId, WriteCause cause, String problem) {

        static Result ok(String commitId) {
            return new Result(true, commitId, null, "");
        }

        static Result refused(WriteCause cause, String problem) {
            return new Result(false, "", cause, problem);
        }
    }

    private final ReentrantLock lock = new ReentrantLock(true);
    private final CurrentCatalog catalogs;
    private final CatalogHistory history;
    private final CatalogLease lease;
    private final WriteSteps steps;

    public CatalogWriter(CurrentCatalog catalogs, CatalogHistory history, CatalogLease lease, WriteSteps steps) {
        this.catalogs = catalogs;
        this.history = history;
        this.lease = lease;
        this.steps = steps;
    }

    public CatalogWriter(CurrentCatalog catalogs, CatalogHistory history, WriteSteps steps) {
        this(catalogs, history, CatalogLease.LOCAL, steps);
    }

    /** Runs other work on the catalog's files (such as a pull) while no write is under way in this process. */
    public <T> T exclusively(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Writes, commits and publishes the approved proposal. A cell that already holds the proposed
     * text (a write that a crash interrupted) is committed as it is, so finishing is idempotent.
     */
    public Result write(Proposal proposal, LocalDate today) {
        lock.lock();
        try {
            Optional<CatalogLease.Held> held = lease.acquire();
            if (held.isEmpty()) {
                return Result.refused(
                        WriteCause.BUSY,
                        "another replica held the catalog's write lease too long; nothing was written");
            }
            try (CatalogLease.Held ignored = held.get()) {
                return writeAndPublish(proposal, today);
            }
        } finally {
            lock.unlock();
        }
    }

    private Result writeAndPublish(Proposal proposal, LocalDate today) {
        for (int attempt = 1; ; attempt++) {
            Optional<String> behind = history.catchUp();
            if (behind.isPresent()) {
                return Result.refused(WriteCause.REMOTE, behind.get());
            }
            Result written = writeLocked(proposal, today);
            if (!written.written()) {
                return written;
            }
            CatalogHistory.Publication published = history.publish();
            if (published.state() == CatalogHistory.Published.DONE) {
                steps.reached(Step.PUBLISHED, proposal.id());
                return written;
            }
            if (published.state() == CatalogHistory.Published.FAILED || attempt == ATTEMPTS) {
                history.discardUnpublished();
                return Result.refused(WriteCause.REMOTE, "the edit could not be published: " + published.problem());
            }
        }
    }

    private Result writeLocked(Proposal proposal, LocalDate today) {
        Catalog catalog = catalogs.current();
        Optional<Skill> skill = catalog.skill(proposal.skillId());
        if (skill.isEmpty()) {
            return Result.refused(
                    WriteCause.SKILL_GONE, "the skill " + proposal.skillId() + " is no longer in the catalog");
        }
        Path file = Path.of(skill.get().sourceFile());
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Result.refused(WriteCause.FILE, "could not read " + file.getFileName() + ": " + e.getMessage());
        }
        steps.reached(Step.READ, proposal.id());
        CellRewrite.Outcome rewrite = CellRewrite.apply(
                content, CellEdit.of(proposal, today, catalog.locales().defaultLocale()));
        if (rewrite instanceof CellRewrite.Outcome.Refused refused) {
            return Result.refused(refused.cause(), refused.problem());
        }
        if (rewrite instanceof CellRewrite.Outcome.Rewritten rewritten) {
            Optional<String> problem = ReadBackCheck.problem(catalog, file, rewritten.content(), proposal);
            if (problem.isPresent()) {
                return Result.refused(WriteCause.FILE, problem.get());
            }
            steps.reached(Step.VERIFIED, proposal.id());
            try {
                replace(file, rewritten.content(), proposal.id());
            } catch (IOException e) {
                return Result.refused(WriteCause.FILE, "could not write " + file.getFileName() + ": " + e.getMessage());
            }
            steps.reached(Step.REPLACED, proposal.id());
        }
        CatalogHistory.Outcome committed =
                history.commit(file, proposal.author(), CommitMessage.of(proposal, skill.get()));
        if (!committed.recorded()) {
            return rolledBack(file, content, proposal, committed.problem());
        }
        steps.reached(Step.COMMITTED, proposal.id());
        return Result.ok(committed.commitId());
    }

    /** A change that could not be committed is taken back, so the files and the history never disagree. */
    private Result rolledBack(Path file, String previous, Proposal proposal, String problem) {
        try {
            replace(file, previous, proposal.id());
            return Result.refused(WriteCause.HISTORY, problem);
        } catch (IOException e) {
            return Result.refused(
                    WriteCause.HISTORY, problem + "; the file could not be restored either (" + e.getMessage() + ")");
        }
    }

    /** Writes beside the file and moves over it, so readers see the old file or the new one; the temporary file never stays. */
    private void replace(Path file, String content, long proposalId) throws IOException {
        Path temp = TemporaryFiles.beside(file);
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            steps.reached(Step.TEMP_WRITTEN, proposalId);
            TemporaryFiles.moveOver(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
