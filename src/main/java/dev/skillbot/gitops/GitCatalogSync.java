package dev.skillbot.gitops;

import dev.skillbot.catalog.CatalogOrigin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a clone of the catalog's Git remote: cloned at start-up, then fast-forwarded on each
 * pull. A clone that has local commits or edits is never overwritten: the pull is refused and
 * the drift reported. The revision shown is the commit id.
 */
public final class GitCatalogSync implements CatalogOrigin {

    private static final Logger log = LoggerFactory.getLogger(GitCatalogSync.class);

    /** What a pull did. */
    public enum Pulled {
        UNCHANGED,
        UPDATED,
        DIVERGED,
        FAILED
    }

    private final GitCatalogProperties git;
    private final GitTransport transport;

    public GitCatalogSync(GitCatalogProperties git, GitTransport transport) {
        this.git = git;
        this.transport = transport;
    }

    /**
     * Clones the remote, or pulls into the clone kept from an earlier run. A remote that cannot be reached
     * then leaves that clone as it is, to be served, rather than stopping start-up; without one, start-up stops.
     */
    @Override
    public Path prepare() {
        Path checkout = git.checkout().toAbsolutePath().normalize();
        if (Files.isDirectory(checkout.resolve(".git"))) {
            log.info("Using the catalog clone in {}", checkout);
            pull();
        } else {
            cloneInto(checkout);
        }
        return git.path().isBlank() ? checkout : checkout.resolve(git.path());
    }

    private void cloneInto(Path checkout) {
        try {
            Files.createDirectories(checkout);
            log.info("Cloning the catalog from {} ({}) into {}", git.masked(git.url()), git.branch(), checkout);
            Git.cloneRepository()
                    .setURI(git.url())
                    .setBranch(git.branch())
                    .setDirectory(checkout.toFile())
                    .setTransportConfigCallback(transport)
                    .call()
                    .close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException | RuntimeException e) {
            String hostKey = transport
                    .lastHostKeyRefusal()
                    .map(refusal -> " " + refusal + ".")
                    .orElse("");
            throw new GitCloneException("Could not clone the catalog from " + git.masked(git.url()) + " (branch "
                    + git.branch()
                    + "): " + oneLine(e) + "." + hostKey
                    + " Check SKILLBOT_CATALOG_GIT_URL, SKILLBOT_CATALOG_GIT_BRANCH and "
                    + (GitTransport.isSsh(git.url())
                            ? "SKILLBOT_CATALOG_GIT_SSH_KEY, SKILLBOT_CATALOG_GIT_SSH_KNOWN_HOSTS"
                            : "SKILLBOT_CATALOG_GIT_TOKEN")
                    + "; the remote must answer within SKILLBOT_CATALOG_GIT_TIMEOUT (" + git.timeoutSeconds() + " s).");
        }
    }

    /** Fetches and fast-forwards; a clone with its own commits or edits is left as it is, and so is one the remote cannot update. */
    public synchronized Pulled pull() {
        try (Git repo = Git.open(git.checkout().toFile())) {
            repo.fetch()
                    .setRemote("origin")
                    .setTransportConfigCallback(transport)
                    .call();
            Repository repository = repo.getRepository();
            ObjectId head = repository.resolve("HEAD");
            ObjectId remote = repository.resolve("refs/remotes/origin/" + git.branch());
            if (remote == null || remote.equals(head)) {
                return Pulled.UNCHANGED;
            }
            if (!repo.status().call().isClean()) {
                log.warn(
                        "The catalog clone has local edits; not pulling {} until they are committed or removed",
                        remote.name());
                return Pulled.DIVERGED;
            }
            MergeResult merge = repo.merge()
                    .include(remote)
                    .setFastForward(org.eclipse.jgit.api.MergeCommand.FastForwardMode.FF_ONLY)
                    .call();
            if (!merge.getMergeStatus().isSuccessful()) {
                log.warn("The catalog clone has commits the remote does not; not pulling ({})", merge.getMergeStatus());
                return Pulled.DIVERGED;
            }
            return Pulled.UPDATED;
        } catch (IOException | GitAPIException | RuntimeException e) {
            log.warn(
                    "Pulling the catalog from {} failed; the clone stays as it is: {}",
                    git.masked(git.url()),
                    oneLine(e));
            return Pulled.FAILED;
        }
    }

    /** The clone's HEAD commit id, or empty when it cannot be read. */
    public String head() {
        try (Git repo = Git.open(git.checkout().toFile())) {
            ObjectId head = repo.getRepository().resolve("HEAD");
            return head == null ? "" : head.name();
        } catch (IOException e) {
            return "";
        }
    }

    /** The commit id, with the content hash added when the files differ from the commit. */
    @Override
    public String revision(String contentHash) {
        try (Git repo = Git.open(git.checkout().toFile())) {
            ObjectId head = repo.getRepository().resolve("HEAD");
            String commit = head == null ? "none" : head.name().substring(0, 12);
            return repo.status().call().isClean() ? commit : commit + "+" + contentHash.substring(0, 7);
        } catch (IOException | GitAPIException e) {
            return contentHash;
        }
    }

    @Override
    public String describe() {
        return git.masked(git.url()) + " (" + git.branch() + (git.path().isBlank() ? "" : ", " + git.path()) + ")";
    }

    /** The failure's message on one line, credentials masked. */
    private String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return git.masked(message.strip().replaceAll("\\s*\\R\\s*", " "));
    }
}
