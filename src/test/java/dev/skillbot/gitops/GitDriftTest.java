package dev.skillbot.gitops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drift is read only where a work tree can be, and is then read by JGit as before. */
class GitDriftTest {

    @Test
    void aCatalogOutsideAnyWorkTreeHasNoDrift(@TempDir Path dir) throws Exception {
        Path catalog = Files.createDirectories(dir.resolve("skills-data/domains"));
        assertThat(GitDrift.underGit(catalog)).isFalse();
        assertThat(GitDrift.describe(catalog)).isEmpty();
    }

    @Test
    void aCatalogInsideAWorkTreeIsDescribed(@TempDir Path dir) throws Exception {
        Path catalog = Files.createDirectories(dir.resolve("skills-data/domains"));
        try (Git git = workTree(dir)) {
            Files.writeString(catalog.resolve("new.yaml"), "id: new\n");
            assertThat(GitDrift.underGit(catalog)).isTrue();
            assertThat(GitDrift.describe(catalog))
                    .hasValue("main: no remote branch to compare with, 1 files edited locally");
        }
    }

    @Test
    void editsOutsideTheCatalogFolderAreNoDriftOfTheCatalog(@TempDir Path dir) throws Exception {
        Path catalog = Files.createDirectories(dir.resolve("skills-data/domains"));
        try (Git git = workTree(dir)) {
            Files.writeString(dir.resolve("README.md"), "not the catalog\n");
            Files.writeString(Files.createDirectories(dir.resolve("target")).resolve("skillbot.jar"), "");
            assertThat(GitDrift.describe(catalog.getParent()))
                    .hasValue("main: no remote branch to compare with, no local edits");

            Files.writeString(catalog.resolve("new.yaml"), "id: new\n");
            assertThat(GitDrift.describe(catalog.getParent()))
                    .hasValue("main: no remote branch to compare with, 1 files edited locally");
        }
    }

    @Test
    void aGitFileAboveCountsAsAWorkTree(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".git"), "gitdir: /elsewhere/.git/worktrees/x\n");
        assertThat(GitDrift.underGit(Files.createDirectories(dir.resolve("a/b"))))
                .isTrue();
    }

    private static Git workTree(Path dir) throws Exception {
        return Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
    }
}
