package dev.skillbot.gitops;

import dev.skillbot.testing.FixtureCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The catalog's Git remote in tests: a bare repository whose main branch holds the fixture catalog
 * under {@code catalog/}, and commits that someone else pushes to it directly.
 */
public final class CatalogRemote {

    static final PersonIdent MAINTAINER = new PersonIdent("Catalog Maintainer", "maintainer@example.invalid");
    static final String CANARY_FILE = "catalog/build-deploy/canary-releases.yml";

    private CatalogRemote() {}

    /** Creates the bare repository at {@code bare}, seeded from a work tree next to it. */
    public static Path create(Path bare) throws IOException, GitAPIException {
        Path seed = Files.createTempDirectory(bare.getParent(), "seed");
        FixtureCatalog.copyTo(seed.resolve("catalog"));
        Files.writeString(seed.resolve("README.md"), "The team's skills catalog.\n");
        try (Git ignored = Git.init()
                        .setBare(true)
                        .setInitialBranch("main")
                        .setDirectory(bare.toFile())
                        .call();
                Git git = Git.init()
                        .setInitialBranch("main")
                        .setDirectory(seed.toFile())
                        .call()) {
            git.add().addFilepattern(".").call();
            git.commit()
                    .setMessage("Catalog")
                    .setAuthor(MAINTAINER)
                    .setCommitter(MAINTAINER)
                    .call();
            git.push().setRemote(bare.toUri().toString()).add("main").call();
        }
        return bare;
    }

    /**
     * Creates the remote under {@code temp} and points the application at it: cloned into
     * {@code temp/checkout}, webhooks signed with {@code webhookSecret}, pulled only on webhooks.
     */
    static Path serve(Path temp, String webhookSecret, DynamicPropertyRegistry registry)
            throws IOException, GitAPIException {
        Path remote = create(temp.resolve("catalog.git"));
        registry.add("skillbot.catalog.git.url", () -> remote.toUri().toString());
        registry.add("skillbot.catalog.git.path", () -> "catalog");
        registry.add(
                "skillbot.catalog.git.checkout", () -> temp.resolve("checkout").toString());
        registry.add("skillbot.catalog.git.webhook-secret", () -> webhookSecret);
        registry.add("skillbot.catalog.git.poll-interval", () -> "1h");
        return remote;
    }

    /** The commit id of the main branch. */
    static String head(Path bare) throws IOException {
        try (Git git = Git.open(bare.toFile())) {
            return git.getRepository().resolve("refs/heads/main").name();
        }
    }

    /** Someone else's edit of the canary skill, committed and pushed straight to the bare repository; its commit id. */
    static String pushEdit(Path bare, String from, String to) throws IOException, GitAPIException {
        Path other = Files.createTempDirectory(bare.getParent(), "other");
        try (Git git = Git.cloneRepository()
                .setURI(bare.toUri().toString())
                .setDirectory(other.toFile())
                .call()) {
            Path file = other.resolve(CANARY_FILE);
            Files.writeString(file, Files.readString(file).replace(from, to));
            git.add().addFilepattern(CANARY_FILE).call();
            String id = git.commit()
                    .setMessage("Edit senior devops")
                    .setAuthor(MAINTAINER)
                    .setCommitter(MAINTAINER)
                    .call()
                    .getName();
            git.push().call();
            return id;
        }
    }
}
