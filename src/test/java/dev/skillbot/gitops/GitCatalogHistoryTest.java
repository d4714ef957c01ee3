package dev.skillbot.gitops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.chat.Platform;
import dev.skillbot.suggestion.Author;
import dev.skillbot.suggestion.CatalogHistory;
import dev.skillbot.testing.FixtureCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Approved edits are committed with the suggester as author and pushed to a local bare remote, never forced. */
class GitCatalogHistoryTest {

    private static final Author ALICE = new Author(Platform.DISCORD, "G1", "123456", "Alice Example");

    @TempDir
    Path temp;

    private Path remote;
    private Path work;

    @BeforeEach
    void cloneCatalogFromABareRemote() throws Exception {
        remote = temp.resolve("remote.git");
        Path seed = FixtureCatalog.copyTo(temp.resolve("seed"));
        try (Git bare = Git.init()
                        .setBare(true)
                        .setInitialBranch("main")
                        .setDirectory(remote.toFile())
                        .call();
                Git git = Git.init()
                        .setInitialBranch("main")
                        .setDirectory(seed.toFile())
                        .call()) {
            git.add().addFilepattern(".").call();
            git.commit()
                    .setMessage("Catalog")
                    .setAuthor(new PersonIdent("Seed", "seed@example.invalid"))
                    .setCommitter(new PersonIdent("Seed", "seed@example.invalid"))
                    .call();
            git.remoteAdd()
                    .setName("origin")
                    .setUri(new org.eclipse.jgit.transport.URIish(remote.toUri().toString()))
                    .call();
            git.push().setRemote("origin").add("main").call();
        }
        work = temp.resolve("work");
        Git.cloneRepository()
                .setURI(remote.toUri().toString())
                .setDirectory(work.toFile())
                .call()
                .close();
    }

    @Test
    void commitsWithTheSuggesterAsAuthorAndPushes() throws Exception {
        CatalogHistory history = GitCatalogHistory.forDirectory(
                        work, new GitCatalogHistory.Push(true, "origin", "main", null))
                .orElseThrow();
        assertThat(history.catchUp()).isEmpty();
        Path file = work.resolve("build-deploy/canary-releases.yml");
        Files.writeString(file, Files.readString(file).replace("updated: 2026-02-20", "updated: 2026-11-26"));

        CatalogHistory.Outcome outcome =
                history.commit(file, ALICE, "Update Canary Releases: senior / sre\n\nSuggestion #7");

        assertThat(outcome.recorded()).isTrue();
        assertThat(history.publish()).isEqualTo(CatalogHistory.Publication.done());
        assertThat(remoteHead()).isEqualTo(outcome.commitId());
        try (Git pushed = Git.open(remote.toFile())) {
            RevCommit head = pushed.log().setMaxCount(1).call().iterator().next();
            assertThat(head.getName()).isEqualTo(outcome.commitId());
            assertThat(head.getAuthorIdent().getName()).isEqualTo("Alice Example");
            assertThat(head.getAuthorIdent().getEmailAddress()).isEqualTo("123456@discord.skillbot.invalid");
            assertThat(head.getCommitterIdent().getName()).isEqualTo("Skillbot");
            assertThat(head.getFullMessage())
                    .startsWith("Update Canary Releases: senior / sre")
                    .contains("Suggestion #7");
        }
    }

    @Test
    void aPushTheRemoteRejectsIsReportedAndTakenBackAndTheNextCatchUpFollowsTheRemote() throws Exception {
        CatalogHistory history = GitCatalogHistory.forDirectory(
                        work, new GitCatalogHistory.Push(true, "origin", "main", null))
                .orElseThrow();
        assertThat(history.catchUp()).isEmpty();
        String theirs = pushFromAnotherClone();
        Path file = work.resolve("build-deploy/canary-releases.yml");
        Files.writeString(file, Files.readString(file).replace("updated: 2026-02-20", "updated: 2026-11-26"));
        CatalogHistory.Outcome outcome = history.commit(file, ALICE, "Update");

        assertThat(history.publish().state()).isEqualTo(CatalogHistory.Published.REJECTED);
        history.discardUnpublished();
        assertThat(remoteHead()).isEqualTo(theirs);
        try (Git local = Git.open(work.toFile())) {
            assertThat(local.getRepository().resolve("HEAD").getName())
                    .as("the unpublished commit is gone")
                    .isNotEqualTo(outcome.commitId());
            assertThat(local.status().call().isClean()).isTrue();
        }
        assertThat(history.catchUp()).isEmpty();
        try (Git local = Git.open(work.toFile())) {
            assertThat(local.getRepository().resolve("HEAD").getName()).isEqualTo(theirs);
        }
    }

    @Test
    void catchingUpRefusesToTouchAHandEditedClone() throws Exception {
        CatalogHistory history = GitCatalogHistory.forDirectory(
                        work, new GitCatalogHistory.Push(true, "origin", "main", null))
                .orElseThrow();
        Files.writeString(
                work.resolve("build-deploy/canary-releases.yml"),
                "edited by hand\n",
                java.nio.file.StandardOpenOption.APPEND);

        assertThat(history.catchUp()).get().asString().contains("local edits").contains("canary-releases.yml");
    }

    private String pushFromAnotherClone() throws Exception {
        Path other = temp.resolve("other");
        try (Git git = Git.cloneRepository()
                .setURI(remote.toUri().toString())
                .setDirectory(other.toFile())
                .call()) {
            Files.writeString(other.resolve("README.md"), "someone else pushed first\n");
            git.add().addFilepattern("README.md").call();
            RevCommit commit = git.commit()
                    .setMessage("Concurrent change")
                    .setAuthor(new PersonIdent("Other", "o@example.invalid"))
                    .setCommitter(new PersonIdent("Other", "o@example.invalid"))
                    .call();
            git.push().call();
            return commit.getName();
        }
    }

    @Test
    void nothingChangedIsNothingToCommit() throws Exception {
        CatalogHistory history = GitCatalogHistory.forDirectory(work, GitCatalogHistory.Push.off())
                .orElseThrow();

        CatalogHistory.Outcome outcome =
                history.commit(work.resolve("build-deploy/canary-releases.yml"), ALICE, "Update");

        assertThat(outcome).isEqualTo(CatalogHistory.Outcome.nothingToRecord());
    }

    @Test
    void findsTheCommitOfAProposalByItsTrailer() throws Exception {
        CatalogHistory history = GitCatalogHistory.forDirectory(work, GitCatalogHistory.Push.off())
                .orElseThrow();
        Path file = work.resolve("build-deploy/canary-releases.yml");
        Files.writeString(file, Files.readString(file).replace("updated: 2026-02-20", "updated: 2026-11-26"));

        CatalogHistory.Outcome outcome =
                history.commit(file, ALICE, "Update\n\nSuggestion #17 by Alice\n\nSkillbot-Proposal: 17\n");

        assertThat(history.commitOf(17)).contains(outcome.commitId());
        assertThat(history.commitOf(1)).isEmpty();
        assertThat(history.commitOf(171)).isEmpty();
    }

    private String remoteHead() throws Exception {
        try (Git pushed = Git.open(remote.toFile())) {
            return pushed.getRepository().resolve("refs/heads/main").getName();
        }
    }

    @Test
    void aPlainDirectoryHasNoHistory() {
        assertThat(GitCatalogHistory.forDirectory(
                        FixtureCatalog.copyTo(temp.resolve("plain")), GitCatalogHistory.Push.off()))
                .isEmpty();
    }
}
