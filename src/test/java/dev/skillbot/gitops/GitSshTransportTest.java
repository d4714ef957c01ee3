package dev.skillbot.gitops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The catalog cloned over SSH from an in-process server with public-key authentication only: the key and
 * known hosts from the settings work, and an unknown or changed host key, or a key the server does not
 * know, stop the clone with a message that says which setting to look at.
 */
@ExtendWith(OutputCaptureExtension.class)
class GitSshTransportTest {

    @TempDir
    Path temp;

    private Path bare;
    private SshGitServer server;
    private KeyPair key;
    private String privateKey;

    @BeforeEach
    void serveTheCatalogOverSsh() throws Exception {
        Path root = Files.createDirectories(temp.resolve("srv"));
        bare = CatalogRemote.create(root.resolve("catalog.git"));
        key = SshGitServer.ed25519();
        privateKey = SshGitServer.openSsh(key, "");
        server = SshGitServer.serve(root).authorize(key.getPublic());
    }

    @AfterEach
    void stopTheServer() throws Exception {
        server.close();
    }

    @Test
    void clonesWithTheKeyAndTheKnownHost() throws Exception {
        GitCatalogProperties git = settings(privateKey, server.knownHosts());
        try (GitTransport transport = GitTransport.of(git)) {
            GitCatalogSync sync = new GitCatalogSync(git, transport);

            Path catalog = sync.prepare();

            assertThat(catalog.resolve("build-deploy/canary-releases.yml")).exists();
            assertThat(sync.revision("0".repeat(64)))
                    .isEqualTo(CatalogRemote.head(bare).substring(0, 12));
        }
    }

    @Test
    void aHashedKnownHostsLineIsEnough() throws Exception {
        GitCatalogProperties git = settings(privateKey, "# ssh-keyscan -H\n" + server.hashedKnownHosts());
        try (GitTransport transport = GitTransport.of(git)) {
            new GitCatalogSync(git, transport).prepare();

            assertThat(transport.lastHostKeyRefusal()).isEmpty();
            assertThat(temp.resolve("checkout/catalog/build-deploy/canary-releases.yml"))
                    .exists();
        }
    }

    @Test
    void anUnknownHostIsRefusedAndTheErrorNamesTheKnownHostsSetting(CapturedOutput output) throws Exception {
        String otherHost = "git.example.invalid "
                + PublicKeyEntry.toString(SshGitServer.ed25519().getPublic());

        Throwable failure = cloneWith(settings(privateKey, otherHost));

        assertThat(failure)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Refused the SSH host [127.0.0.1]:" + server.port()
                        + ": it is not listed in SKILLBOT_CATALOG_GIT_SSH_KNOWN_HOSTS")
                .hasMessageContaining("(its key is ssh-ed25519 SHA256:");
        assertThat(output.getOut()).contains("Refused the SSH host [127.0.0.1]:" + server.port());
        assertThat(temp.resolve("checkout/.git")).doesNotExist();
    }

    @Test
    void aChangedHostKeyIsRefused(CapturedOutput output) throws Exception {
        Throwable failure = cloneWith(settings(
                privateKey, server.knownHostsLine(SshGitServer.ed25519().getPublic())));

        assertThat(failure)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(
                        "is not the one listed in SKILLBOT_CATALOG_GIT_SSH_KNOWN_HOSTS (the host key changed");
        assertThat(output.getOut()).contains("is not the one listed in SKILLBOT_CATALOG_GIT_SSH_KNOWN_HOSTS");
        assertThat(temp.resolve("checkout/.git")).doesNotExist();
    }

    @Test
    void aRevokedHostKeyIsRefusedEvenWhenItIsAlsoListed() throws Exception {
        Throwable failure = cloneWith(settings(privateKey, server.knownHosts() + "\n@revoked " + server.knownHosts()));

        assertThat(failure)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is marked @revoked in SKILLBOT_CATALOG_GIT_SSH_KNOWN_HOSTS");
    }

    @Test
    void aKeyTheServerDoesNotKnowIsRefused(CapturedOutput output) throws Exception {
        Throwable failure = cloneWith(settings(SshGitServer.openSsh(SshGitServer.ed25519(), ""), server.knownHosts()));

        assertThat(failure)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SKILLBOT_CATALOG_GIT_SSH_KEY");
        assertThat(failure.getMessage()).contains("Cannot log in").doesNotContain("Refused the SSH host");
        assertThat(output.getOut()).doesNotContain("Refused the SSH host");
        assertThat(temp.resolve("checkout/.git")).doesNotExist();
    }

    @Test
    void aClosedTransportOpensNoMoreSessions() throws Exception {
        GitCatalogProperties git = settings(privateKey, server.knownHosts());
        GitTransport transport = GitTransport.of(git);
        transport.close();

        assertThat(catchThrowable(() -> new GitCatalogSync(git, transport).prepare()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(temp.resolve("checkout/.git")).doesNotExist();
    }

    private Throwable cloneWith(GitCatalogProperties git) {
        try (GitTransport transport = GitTransport.of(git)) {
            return catchThrowable(() -> new GitCatalogSync(git, transport).prepare());
        }
    }

    private GitCatalogProperties settings(String sshKey, String knownHosts) {
        return new GitCatalogProperties(
                server.url("catalog.git"),
                "main",
                "catalog",
                "",
                "false",
                Duration.ofHours(1),
                "",
                temp.resolve("checkout"),
                sshKey,
                "",
                knownHosts,
                Duration.ofSeconds(20),
                Duration.ofSeconds(1));
    }
}
