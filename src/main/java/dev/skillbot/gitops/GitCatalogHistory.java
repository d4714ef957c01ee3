package dev.skillbot.gitops;

import dev.skillbot.suggestion.Author;
import dev.skillbot.suggestion.CatalogHistory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.TransportConfigCallback;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits an approved edit to the Git work tree that holds the catalog: the suggester is the
 * author, Skillbot the committer. Pushes when asked to, and never forces: a rejected push leaves
 * the commit in place and is reported.
 */
public final class GitCatalogHistory implements CatalogHistory {

    private static final Logger log = LoggerFactory.getLogger(GitCatalogHistory.class);
    private static final PersonIdent SKILLBOT = new PersonIdent("Skillbot", "skillbot@skillbot.invalid");

    /** Where and whether to push after each commit; the transport (credentials, SSH) may be null. */
    public record Push(boolean enabled, String remote, String branch, TransportConfigCallback transport) {

        public static Push off() {
            return new Push(false, "origin", "", null);
        }
    }

    private final Repository repository;
    private final Push push;

    private GitCatalogHistory(Repository repository, Push push) {
        this.repository = repository;
        this.push = push;
    }

    /** A history for the catalog directory if it sits in a Git work tree. */
    public static Optional<CatalogHistory> forDirectory(Path catalogDir, Push push) {
        try {
            FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(catalogDir.toAbsolutePath().toFile());
            if (builder.getGitDir() == null) {
                return Optional.empty();
            }
            Repository repository = builder.setMustExist(true).build();
            if (repository.isBare()) {
                return Optional.empty();
            }
            return Optional.of(new GitCatalogHistory(repository, push));
        } catch (IOException | IllegalArgumentException e) {
            log.warn("The catalog directory {} is not a usable Git work tree: {}", catalogDir, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public synchronized Outcome record(Path file, Author author, String message) {
        String path = repository.getWorkTree().toPath().toAbsolutePath().normalize()
                .relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        try (Git git = new Git(repository)) {
            git.add().addFilepattern(path).call();
            RevCommit commit = git.commit()
                    .setOnly(path)
                    .setAuthor(new PersonIdent(author.displayName(), author.gitEmail()))
                    .setCommitter(SKILLBOT)
                    .setMessage(message)
                    .call();
            String id = commit.getId().name();
            if (!push.enabled()) {
                return Outcome.committed(id);
            }
            return pushed(git, id);
        } catch (GitAPIException | RuntimeException e) {
            return Outcome.failed("", "could not commit " + path + ": " + e.getMessage());
        }
    }

    private Outcome pushed(Git git, String commitId) throws GitAPIException {
        String branch = push.branch().isBlank() ? currentBranch() : push.branch();
        var command = git.push().setRemote(push.remote()).add("HEAD:refs/heads/" + branch);
        if (push.transport() != null) {
            command.setTransportConfigCallback(push.transport());
        }
        for (PushResult result : command.call()) {
            for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                if (update.getStatus() != RemoteRefUpdate.Status.OK && update.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE) {
                    return Outcome.failed(commitId, "push to " + push.remote() + "/" + branch + " was refused ("
                            + update.getStatus() + "); the commit " + commitId.substring(0, 12) + " is kept locally");
                }
            }
        }
        return Outcome.committed(commitId);
    }

    private String currentBranch() {
        try {
            return repository.getBranch();
        } catch (IOException e) {
            return "main";
        }
    }
}
