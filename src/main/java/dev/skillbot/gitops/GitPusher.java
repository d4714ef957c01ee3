package dev.skillbot.gitops;

import dev.skillbot.catalog.DaemonThreads;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.PushCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes the catalog's branch on its own thread, so neither the writer's lock nor an answer ever
 * waits for the remote. Requests that arrive while a push is queued are folded into it (one push
 * sends every commit before it); a failed push is retried with growing pauses, then reported.
 */
final class GitPusher {

    private static final Logger log = LoggerFactory.getLogger(GitPusher.class);
    static final int ATTEMPTS = 5;
    static final Duration FIRST_PAUSE = Duration.ofSeconds(2);
    /** Seconds JGit waits on the remote's connection and each read before it gives up. */
    static final int TIMEOUT_SECONDS = 30;

    private final Repository repository;
    private final GitCatalogHistory.Push push;
    private final AtomicBoolean queued = new AtomicBoolean();
    private ScheduledExecutorService thread;

    GitPusher(Repository repository, GitCatalogHistory.Push push) {
        this.repository = repository;
        this.push = push;
    }

    void request() {
        if (push.enabled() && queued.compareAndSet(false, true)) {
            thread().execute(() -> attempt(1));
        }
    }

    private synchronized ScheduledExecutorService thread() {
        if (thread == null) {
            thread = DaemonThreads.scheduler("git-push");
        }
        return thread;
    }

    private void attempt(int attempt) {
        queued.set(false);
        String problem = pushOnce();
        if (problem.isEmpty()) {
            return;
        }
        if (attempt >= ATTEMPTS) {
            log.error("Approved edits are committed but not pushed to {} after {} attempts: {}", push.remote(), attempt, problem);
            return;
        }
        long pause = FIRST_PAUSE.toMillis() << (attempt - 1);
        log.warn("Push to {} failed (attempt {} of {}), retrying in {} s: {}", push.remote(), attempt, ATTEMPTS, pause / 1000, problem);
        thread().schedule(() -> attempt(attempt + 1), pause, TimeUnit.MILLISECONDS);
    }

    /** Empty when the remote has the branch, else what went wrong. */
    String pushOnce() {
        try (Git git = new Git(repository)) {
            String branch = push.branch().isBlank() ? repository.getBranch() : push.branch();
            PushCommand command = git.push().setRemote(push.remote()).add("HEAD:refs/heads/" + branch)
                    .setTimeout(TIMEOUT_SECONDS);
            if (push.transport() != null) {
                command.setTransportConfigCallback(push.transport());
            }
            for (PushResult result : command.call()) {
                for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                    if (update.getStatus() != RemoteRefUpdate.Status.OK && update.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE) {
                        return "refused (" + update.getStatus() + ") for " + push.remote() + "/" + branch;
                    }
                }
            }
            return "";
        } catch (GitAPIException | IOException | RuntimeException e) {
            return e.getMessage() == null ? e.toString() : e.getMessage();
        }
    }
}
