package dev.skillbot.suggestion;

import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.catalog.LoadResult;
import dev.skillbot.chat.Platform;
import dev.skillbot.gitops.GitCatalogHistory;
import dev.skillbot.persistence.JdbcProposalStore;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.MutableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The suggestion core as the application wires it, on a Git copy of the fixture catalog and a real
 * database: a proposal service whose writer reports its steps to the test. A second rig on the same
 * directory and database is what a restarted process is.
 */
final class WriterRig implements AutoCloseable {

    static final Author REVIEWER = new Author(Platform.SLACK, "T1", "U_REVIEWER", "Rita Reviewer");

    final Path dir;
    final CatalogReloader catalogs;
    final ProposalStore store;
    final CatalogHistory history;
    final ProposalService service;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));

    WriterRig(Path dir, DataSource database, CatalogWriter.WriteSteps steps) {
        this.dir = dir;
        this.catalogs =
                new CatalogReloader(dir, new CatalogLoader(), Duration.ofHours(1), Duration.ofHours(1), clock).start();
        this.store = new JdbcProposalStore(JdbcClient.create(database));
        this.history = GitCatalogHistory.forDirectory(dir, GitCatalogHistory.Push.off())
                .orElseThrow();
        ReviewPolicy policy = new ReviewPolicy(Map.of(Platform.SLACK, Set.of(REVIEWER.userId())), false);
        SuggestionLimits limits = new SuggestionLimits(
                SuggestionLimits.TEXT,
                SuggestionLimits.RATIONALE,
                SuggestionLimits.REASON,
                10_000,
                Duration.ofHours(1));
        this.service = new ProposalService(
                catalogs,
                store,
                new CatalogWriter(catalogs, history, steps),
                policy,
                limits,
                clock,
                catalogs::reloadAfterWrite);
    }

    static Path gitCatalog(Path temp) {
        return FixtureCatalog.gitRepository(temp);
    }

    ApprovalRecovery recovery() {
        return new ApprovalRecovery(service, store, history, dir, clock);
    }

    Proposal submit(String skill, String level, String role, String text, Author author) {
        Submission submission = service.submit(new ProposalDraft(skill, level, role, text, true, "because"), author);
        if (!(submission instanceof Submission.Saved saved)) {
            throw new IllegalStateException("not saved: " + submission);
        }
        return saved.proposal();
    }

    static Author author(String id) {
        return new Author(Platform.SLACK, "T1", id, "Author " + id);
    }

    /** Commits whose message carries the proposal's trailer. */
    List<RevCommit> commitsOf(long proposalId) {
        List<RevCommit> found = new ArrayList<>();
        try (Git git = Git.open(dir.toFile())) {
            for (RevCommit commit : git.log().call()) {
                if (commit.getFooterLines(CatalogHistory.PROPOSAL_TRAILER).contains(Long.toString(proposalId))) {
                    found.add(commit);
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Untracked, modified or missing files in the work tree; empty when clean. */
    Set<String> uncleanFiles() {
        try (Git git = Git.open(dir.toFile())) {
            var status = git.status().call();
            Set<String> files = new java.util.TreeSet<>();
            files.addAll(status.getUntracked());
            files.addAll(status.getModified());
            files.addAll(status.getMissing());
            files.addAll(status.getAdded());
            files.addAll(status.getChanged());
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Files the writer may have left behind, hidden ones included. */
    List<Path> temporaryFiles() {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(file -> !file.startsWith(dir.resolve(".git")))
                    .filter(file -> file.getFileName().toString().endsWith(TemporaryFiles.SUFFIX))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    LoadResult load() {
        return new CatalogLoader().load(dir);
    }

    String cellText(String skill, String level, String role) {
        var catalog =
                load().catalog().orElseThrow(() -> new IllegalStateException("catalog invalid: " + load().problems()));
        return catalog.skill(skill)
                .orElseThrow()
                .expectation(catalog.level(level).orElseThrow(), role)
                .orElseThrow()
                .text();
    }

    @Override
    public void close() {
        catalogs.close();
    }
}
