package dev.skillbot.gitops;

import dev.skillbot.suggestion.Author;
import dev.skillbot.suggestion.CatalogHistory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.TransportConfigCallback;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits an approved edit to the Git work tree that holds the catalog: exactly the one file, the
 * suggester as author, Skillbot as committer; catching up with the remote and publishing are the
 * {@link GitPublisher}'s.
 */
public final class GitCatalogHistory implements CatalogHistory {

    private static final Logger log = LoggerFactory.getLogger(GitCatalogHistory.class);
    private static final PersonIdent SKILLBOT = new PersonIdent("Skillbot", "skillbot@skillbot.invalid");
    /** How far back start-up looks for the commit of an interrupted approval. */
    private static final int RECENT_COMMITS = 1000;

    /** Where and whether to push after each commit; the transport (credentials, SSH) may be null. */
    public record Push(boolean enabled, String remote, String branch, TransportConfigCallback transport) {

        public static Push off() {
            return new Push(false, "origin", "", null);
        }
    }

    private final Repository repository;
    private final GitPublisher publisher;

    private GitCatalogHistory(Repository repository, GitPublisher publisher) {
        this.repository = repository;
        this.publisher = publisher;
    }

    /** A history for the catalog directory if it sits in a Git work tree. */
    public static Optional<CatalogHistory> forDirectory(Path catalogDir, Push push) {
        return forDirectory(catalogDir, push, commit -> {});
    }

    /** The same; {@code published} hears the commit id after each push, so other replicas can pull at once. */
    public static Optional<CatalogHistory> forDirectory(Path catalogDir, Push push, Consumer<String> published) {
        try {
            FileRepositoryBuilder builder = new FileRepositoryBuilder()
                    .findGitDir(catalogDir.toAbsolutePath().toFile());
            if (builder.getGitDir() == null) {
                return Optional.empty();
            }
            Repository repository = builder.setMustExist(true).build();
            if (repository.isBare()) {
                return Optional.empty();
            }
            return Optional.of(new GitCatalogHistory(repository, new GitPublisher(repository, push, published)));
        } catch (IOException | IllegalArgumentException e) {
            log.warn("The catalog directory {} is not a usable Git work tree: {}", catalogDir, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public synchronized Outcome commit(Path file, Author author, String message) {
        String path = repository
                .getWorkTree()
                .toPath()
                .toAbsolutePath()
                .normalize()
                .relativize(file.toAbsolutePath().normalize())
                .toString()
                .replace('\\', '/');
        try (Git git = new Git(repository)) {
            git.add().addFilepattern(path).call();
            if (git.status().addPath(path).call().isClean()) {
                return Outcome.nothingToRecord();
            }
            RevCommit commit = git.commit()
                    .setOnly(path)
                    .setAuthor(new PersonIdent(author.displayName(), author.gitEmail()))
                    .setCommitter(SKILLBOT)
                    .setMessage(message)
                    .call();
            return Outcome.committed(commit.getId().name());
        } catch (GitAPIException | RuntimeException e) {
            return Outcome.failed("", "could not commit " + path + ": " + e.getMessage());
        }
    }

    @Override
    public synchronized Optional<String> catchUp() {
        return publisher.enabled() ? publisher.catchUp() : Optional.empty();
    }

    @Override
    public synchronized Publication publish() {
        return publisher.enabled() ? publisher.publish() : Publication.done();
    }

    @Override
    public synchronized void discardUnpublished() {
        if (publisher.enabled()) {
            publisher.discardUnpublished();
        }
    }

    @Override
    public synchronized Optional<String> commitOf(long proposalId) {
        String wanted = Long.toString(proposalId);
        try (Git git = new Git(repository)) {
            var published = publisher.publishedHead();
            if (published == null) {
                return Optional.empty();
            }
            for (RevCommit commit :
                    git.log().add(published).setMaxCount(RECENT_COMMITS).call()) {
                boolean match = commit.getFooterLines(PROPOSAL_TRAILER).stream()
                        .anyMatch(value -> value.strip().equals(wanted));
                if (match) {
                    return Optional.of(commit.getId().name());
                }
            }
            return Optional.empty();
        } catch (IOException | GitAPIException e) {
            log.warn("Could not read the catalog's history: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
