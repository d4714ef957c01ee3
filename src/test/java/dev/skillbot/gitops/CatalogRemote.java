package dev.skillbot.gitops;

import dev.skillbot.testing.BundledCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * The catalog's Git remote in tests: a bare repository whose main branch holds the bundled catalog
 * under {@code catalog/}, and commits that someone else pushes to it directly.
 */
public final class CatalogRemote {

    static final PersonIdent MAINTAINER = new PersonIdent("Catalog Maintainer", "maintainer@example.invalid");
    static final String GITOPS_FILE = "catalog/devops-ci-cd/gitops-practices.yml";

    private CatalogRemote() {
    }

    /** Creates the bare repository at {@code bare}, seeded from a work tree next to it. */
    public static Path create(Path bare) throws IOException, GitAPIException {
        Path seed = Files.createTempDirectory(bare.getParent(), "seed");
        BundledCatalog.copyTo(seed.resolve("catalog"));
        Files.writeString(seed.resolve("README.md"), "The team's skills catalog.\n");
        try (Git ignored = Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call();
             Git git = Git.init().setInitialBranch("main").setDirectory(seed.toFile()).call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Catalog").setAuthor(MAINTAINER).setCommitter(MAINTAINER).call();
            git.push().setRemote(bare.toUri().toString()).add("main").call();
        }
        return bare;
    }

    /** The commit id of the main branch. */
    static String head(Path bare) throws IOException {
        try (Git git = Git.open(bare.toFile())) {
            return git.getRepository().resolve("refs/heads/main").name();
        }
    }

    /** Someone else's edit of the GitOps skill, committed and pushed straight to the bare repository; its commit id. */
    static String pushEdit(Path bare, String from, String to) throws IOException, GitAPIException {
        Path other = Files.createTempDirectory(bare.getParent(), "other");
        try (Git git = Git.cloneRepository().setURI(bare.toUri().toString()).setDirectory(other.toFile()).call()) {
            Path file = other.resolve(GITOPS_FILE);
            Files.writeString(file, Files.readString(file).replace(from, to));
            git.add().addFilepattern(GITOPS_FILE).call();
            String id = git.commit().setMessage("Edit senior devops").setAuthor(MAINTAINER).setCommitter(MAINTAINER).call().getName();
            git.push().call();
            return id;
        }
    }
}
