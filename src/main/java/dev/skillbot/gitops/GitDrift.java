package dev.skillbot.gitops;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.StatusCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.BranchTrackingStatus;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Whether the catalog's Git work tree has moved away from its remote: local edits, or commits not pushed. */
public final class GitDrift {

    private GitDrift() {}

    /** A short description, or empty when the catalog is not in a Git work tree. */
    public static Optional<String> describe(Path catalogDir) {
        if (!underGit(catalogDir.toAbsolutePath())) {
            return Optional.empty();
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder()
                .findGitDir(catalogDir.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try (Repository repository = builder.build();
                Git git = new Git(repository)) {
            Status status = catalogStatus(git, repository, catalogDir.toAbsolutePath());
            int edits = status.getModified().size()
                    + status.getChanged().size()
                    + status.getAdded().size()
                    + status.getRemoved().size()
                    + status.getMissing().size()
                    + status.getUntracked().size();
            BranchTrackingStatus tracking = BranchTrackingStatus.of(repository, repository.getBranch());
            StringBuilder text = new StringBuilder(repository.getBranch()).append(": ");
            if (tracking == null) {
                text.append("no remote branch to compare with");
            } else if (tracking.getAheadCount() == 0 && tracking.getBehindCount() == 0) {
                text.append("in sync with ").append(shortName(tracking.getRemoteTrackingBranch()));
            } else {
                text.append(tracking.getAheadCount())
                        .append(" commits not pushed, ")
                        .append(tracking.getBehindCount())
                        .append(" not pulled (")
                        .append(shortName(tracking.getRemoteTrackingBranch()))
                        .append(")");
            }
            text.append(edits == 0 ? ", no local edits" : ", " + edits + " files edited locally");
            return Optional.of(text.toString());
        } catch (IOException | GitAPIException e) {
            return Optional.of("unknown (" + MaskedUrls.in(e.getMessage()) + ")");
        }
    }

    /**
     * Whether a {@code .git} directory or file is in the directory or above it: without one JGit
     * finds no repository either, and is then never loaded (some 370 classes and a thread, in the
     * container image where the catalog is not a work tree; docs/performance.md).
     */
    static boolean underGit(Path dir) {
        for (Path at = dir; at != null; at = at.getParent()) {
            if (Files.exists(at.resolve(".git"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The status of the catalog's folder only: edits elsewhere in the work tree (code next to the catalog,
     * build output) are no drift of the catalog, and walking all of it on every reading allocated more than
     * the rest of an idle server (docs/performance.md, "Issue 19: start-up (startup2)").
     */
    private static Status catalogStatus(Git git, Repository repository, Path catalogDir) throws GitAPIException {
        StatusCommand status = git.status();
        Path workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
        Path relative = workTree.relativize(catalogDir.normalize());
        if (!relative.toString().isEmpty() && !relative.startsWith("..")) {
            status.addPath(relative.toString().replace(File.separatorChar, '/'));
        }
        return status.call();
    }

    private static String shortName(String ref) {
        return ref.replaceFirst("^refs/remotes/", "");
    }
}
