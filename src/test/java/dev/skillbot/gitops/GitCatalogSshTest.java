package dev.skillbot.gitops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skillbot.card.Section;
import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandService;
import dev.skillbot.suggestion.Author;
import dev.skillbot.suggestion.Decision;
import dev.skillbot.suggestion.ProposalDraft;
import dev.skillbot.suggestion.ProposalService;
import dev.skillbot.suggestion.Submission;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole server with its catalog on an SSH remote (an in-process sshd, public-key authentication only):
 * cloned at start-up with an encrypted key and its passphrase and the known hosts from the settings, pulled,
 * and an approved suggestion pushed back over SSH. The context is closed after the class, before its
 * temporary directories go.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GitCatalogSshTest {

    private static final String PASSPHRASE = "s3cret passphrase";
    private static final Author ALICE = new Author(Platform.SLACK, "T1", "U_ALICE", "Alice Example");
    private static final Author REVIEWER = new Author(Platform.SLACK, "T1", "U_REVIEWER", "Rita Reviewer");
    private static final String OLD_TEXT = "Designs canary analysis:";

    @TempDir
    static Path temp;

    static Path bare;
    static SshGitServer server;

    @Autowired
    CommandService commands;

    @Autowired
    CatalogReloader catalogs;

    @Autowired
    GitCatalogSync sync;

    @Autowired
    ProposalService proposals;

    @DynamicPropertySource
    static void catalogOnAnSshRemote(DynamicPropertyRegistry registry) throws Exception {
        Path root = Files.createDirectories(temp.resolve("srv"));
        bare = CatalogRemote.create(root.resolve("catalog.git"));
        KeyPair key = SshGitServer.ed25519();
        server = SshGitServer.serve(root).authorize(key.getPublic());
        String privateKey = SshGitServer.openSsh(key, PASSPHRASE);
        registry.add("skillbot.catalog.git.url", () -> server.url("catalog.git"));
        registry.add("skillbot.catalog.git.path", () -> "catalog");
        registry.add(
                "skillbot.catalog.git.checkout", () -> temp.resolve("checkout").toString());
        registry.add("skillbot.catalog.git.poll-interval", () -> "1h");
        registry.add("skillbot.catalog.git.ssh-key", () -> privateKey);
        registry.add("skillbot.catalog.git.ssh-key-passphrase", () -> PASSPHRASE);
        registry.add("skillbot.catalog.git.ssh-known-hosts", () -> "# the test server\n" + server.knownHosts() + "\n");
        registry.add("skillbot.slack.reviewers", () -> "U_REVIEWER");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:git-ssh-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stopTheServer() throws Exception {
        server.close();
    }

    @Test
    @Order(1)
    void startsFromTheSshCloneAndShowsTheCommitAsRevision() throws Exception {
        assertThat(catalogs.current().revision())
                .isEqualTo(CatalogRemote.head(bare).substring(0, 12));
        assertThat(seniorDevops()).startsWith(OLD_TEXT);
        try (Git clone = Git.open(temp.resolve("checkout").toFile())) {
            assertThat(clone.getRepository().getConfig().getString("remote", "origin", "url"))
                    .isEqualTo(server.url("catalog.git"));
        }
    }

    @Test
    @Order(2)
    void aPullOverSshPicksUpANewCommit() throws Exception {
        String commit = CatalogRemote.pushEdit(bare, OLD_TEXT, "Designs pulled-over-SSH canary analysis:");

        assertThat(sync.pull()).isEqualTo(GitCatalogSync.Pulled.UPDATED);
        catalogs.reloadNow();

        assertThat(catalogs.current().revision()).isEqualTo(commit.substring(0, 12));
        assertThat(seniorDevops()).startsWith("Designs pulled-over-SSH canary analysis:");
        assertThat(sync.pull()).isEqualTo(GitCatalogSync.Pulled.UNCHANGED);
    }

    @Test
    @Order(3)
    void anApprovedSuggestionIsCommittedAndPushedOverSsh() throws Exception {
        Submission submitted = proposals.submit(
                new ProposalDraft(
                        "canary-releases",
                        "senior",
                        "devops",
                        "Designs canary analysis pushed back over SSH.",
                        true,
                        "clearer"),
                ALICE);
        long id = ((Submission.Saved) submitted).proposal().id();

        Decision decision = proposals.approve(id, REVIEWER, Set.of());

        assertThat(decision).isInstanceOf(Decision.Decided.class);
        ObjectId committed;
        try (Git clone = Git.open(temp.resolve("checkout").toFile())) {
            committed = clone.getRepository().resolve("HEAD");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            try (Git remote = Git.open(bare.toFile())) {
                return committed.equals(remote.getRepository().resolve("refs/heads/main"));
            }
        });
        try (Git remote = Git.open(bare.toFile())) {
            RevCommit head = remote.log().setMaxCount(1).call().iterator().next();
            assertThat(head.getAuthorIdent().getName()).isEqualTo("Alice Example");
            assertThat(head.getCommitterIdent().getName()).isEqualTo("Skillbot");
            assertThat(head.getFullMessage()).contains("Suggestion #" + id);
            try (Git clone = Git.open(temp.resolve("checkout").toFile())) {
                assertThat(clone.getRepository().resolve("HEAD")).isEqualTo(head.getId());
            }
        }
        assertThat(Files.readString(temp.resolve("checkout/catalog/build-deploy/canary-releases.yml")))
                .contains("Designs canary analysis pushed back over SSH.");
    }

    private String seniorDevops() {
        return ((Section) commands.answer(Invocation.cli("en"), "canary senior devops")
                        .blocks()
                        .get(0))
                .text();
    }
}
