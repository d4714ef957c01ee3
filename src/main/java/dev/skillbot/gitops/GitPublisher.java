package dev.skillbot.gitops;

import dev.skillbot.suggestion.CatalogHistory;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalog clone's side of publishing: catch up with the remote branch before a write (fetch,
 * then move to its head, dropping commits that were never published), push after it, and take back
 * what could not be pushed. Never forces a push. Every remote call has the transport's timeout
 * ({@code SKILLBOT_CATALOG_GIT_TIMEOUT}, set by {@link GitTransport}).
 */
final class GitPublisher {

    private static final Logger log = LoggerFactory.getLogger(GitPublisher.class);

    private final Repository repository;
    private final GitCatalogHistory.Push push;
    private final Consumer<String> published;

    GitPublisher(Repository repository, GitCatalogHistory.Push push, Consumer<String> published) {
        this.repository = repository;
        this.push = push;
        this.published = published;
    }

    boolean enabled() {
        return push.enabled();
    }

    Optional<String> catchUp() {
        try (Git git = new Git(repository)) {
            var fetch = git.fetch().setRemote(push.remote());
            if (push.transport() != null) {
                fetch.setTransportConfigCallback(push.transport());
            }
            fetch.call();
            ObjectId head = remoteHead();
            if (head == null) {
                return Optional.of("the remote " + push.remote() + " has no branch " + branch());
            }
            Status status = git.status().call();
            if (!status.isClean()) {
                return Optional.of("the catalog clone has local edits (" + String.join(", ", firstChanges(status))
                        + "); nothing was written until they are committed or removed");
            }
            if (!head.equals(repository.resolve("HEAD"))) {
                dropUnpublished(git, head);
            }
            return Optional.empty();
        } catch (GitAPIException | IOException | RuntimeException e) {
            return Optional.of("could not fetch the catalog from " + push.remote() + ": " + e.getMessage());
        }
    }

    CatalogHistory.Publication publish() {
        try (Git git = new Git(repository)) {
            var command = git.push().setRemote(push.remote()).add("HEAD:refs/heads/" + branch());
            if (push.transport() != null) {
                command.setTransportConfigCallback(push.transport());
            }
            for (PushResult result : command.call()) {
                for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                    switch (update.getStatus()) {
                        case OK, UP_TO_DATE -> {}
                        case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> {
                            return new CatalogHistory.Publication(
                                    CatalogHistory.Published.REJECTED, "the remote moved on");
                        }
                        default -> {
                            return new CatalogHistory.Publication(
                                    CatalogHistory.Published.FAILED,
                                    push.remote() + " refused the push (" + update.getStatus()
                                            + (update.getMessage() == null ? "" : ": " + update.getMessage()) + ")");
                        }
                    }
                }
            }
            published.accept(repository.resolve("HEAD").name());
            return CatalogHistory.Publication.done();
        } catch (GitAPIException | IOException | RuntimeException e) {
            return new CatalogHistory.Publication(
                    CatalogHistory.Published.FAILED, "could not push to " + push.remote() + ": " + e.getMessage());
        }
    }

    /** Moves back to the remote branch as last fetched. */
    void discardUnpublished() {
        try (Git git = new Git(repository)) {
            ObjectId head = remoteHead();
            if (head != null && !head.equals(repository.resolve("HEAD"))) {
                dropUnpublished(git, head);
            }
        } catch (GitAPIException | IOException | RuntimeException e) {
            log.error("Could not take back an unpublished catalog commit: {}", e.getMessage());
        }
    }

    /** Where published history starts: the remote branch when publishing, else HEAD. */
    ObjectId publishedHead() throws IOException {
        return enabled() ? remoteHead() : repository.resolve("HEAD");
    }

    private ObjectId remoteHead() throws IOException {
        return repository.resolve("refs/remotes/" + push.remote() + "/" + branch());
    }

    private void dropUnpublished(Git git, ObjectId head) throws GitAPIException, IOException {
        for (RevCommit commit :
                git.log().addRange(head, repository.resolve("HEAD")).call()) {
            log.warn(
                    "Dropping catalog commit {} that was never published ({})",
                    commit.abbreviate(12).name(),
                    commit.getShortMessage());
        }
        git.reset().setMode(ResetCommand.ResetType.HARD).setRef(head.name()).call();
    }

    private String branch() {
        try {
            return push.branch().isBlank() ? repository.getBranch() : push.branch();
        } catch (IOException e) {
            return "main";
        }
    }

    private static List<String> firstChanges(Status status) {
        return (status.getUncommittedChanges().isEmpty() ? status.getUntracked() : status.getUncommittedChanges())
                .stream().limit(3).toList();
    }
}
