package dev.skillbot.gitops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.skillbot.SkillbotApplication;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.testing.FixtureCatalog;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** SSH settings are checked at start-up: what cannot work stops it with a message naming the variable, never quoting a secret. */
@ExtendWith(OutputCaptureExtension.class)
class GitTransportTest {

    private static final String SSH_URL = "git@git.example.invalid:team/skills.git";
    private static final String PASSPHRASE = "correct horse battery staple";

    private static KeyPair key;
    private static String plainKey;
    private static String encryptedKey;
    private static String knownHosts;

    @TempDir
    Path temp;

    @BeforeAll
    static void keys() throws Exception {
        key = SshGitServer.ed25519();
        plainKey = SshGitServer.openSsh(key, "");
        encryptedKey = SshGitServer.openSsh(key, PASSPHRASE);
        knownHosts = "git.example.invalid "
                + PublicKeyEntry.toString(SshGitServer.ed25519().getPublic());
    }

    @Test
    void recognisesSshUrlsAsJGitDoes() {
        assertThat(Stream.of(
                        "ssh://git@git.example.invalid/team/skills.git",
                        "ssh://git@git.example.invalid:2222/skills.git",
                        "git+ssh://git.example.invalid/skills.git",
                        SSH_URL,
                        "git.example.invalid:skills.git"))
                .allMatch(GitTransport::isSsh);
        assertThat(Stream.of(
                        "https://git.example.invalid/team/skills.git",
                        "http://localhost:8080/skills.git",
                        "file:///srv/git/skills.git",
                        "/srv/git/skills.git",
                        ""))
                .noneMatch(GitTransport::isSsh);
    }

    @Test
    void aKeyWithoutKnownHostsStopsStartUpNamingTheKnownHostsVariable() {
        assertThatIllegalStateException()
                .isThrownBy(() -> GitTransport.of(settings(SSH_URL, plainKey, "", "")))
                .withMessageContaining(
                        "SKILLBOT_CATALOG_GIT_SSH_KEY is set, so SKILLBOT_CATALOG_GIT_SSH_KNOWN_HOSTS is required")
                .satisfies(e -> assertNoKeyMaterial(e, plainKey));
    }

    @Test
    void anSshUrlWithoutAKeyStopsStartUpNamingTheKeyVariable() {
        assertThatIllegalStateException()
                .isThrownBy(
                        () -> GitTransport.of(settings("ssh://git@git.example.invalid/skills.git", "", "", knownHosts)))
                .withMessageContaining(
                        "SKILLBOT_CATALOG_GIT_URL is an SSH URL, so SKILLBOT_CATALOG_GIT_SSH_KEY is required");
    }

    @Test
    void httpsNeedsNoSshSettings() {
        try (GitTransport transport =
                GitTransport.of(settings("https://git.example.invalid/team/skills.git", "", "", ""))) {
            assertThat(transport.lastHostKeyRefusal()).isEmpty();
        }
    }

    @Test
    void aMalformedKeyIsRefusedNamingTheVariableWithoutQuotingIt() {
        List<String> lines = plainKey.lines().toList();
        String damaged = lines.get(0) + "\n" + lines.get(1).substring(0, 30) + "%%%%"
                + lines.get(1).substring(34) + "\n" + String.join("\n", lines.subList(2, lines.size())) + "\n";

        assertThatIllegalStateException()
                .isThrownBy(() -> GitTransport.of(settings(SSH_URL, damaged, "", knownHosts)))
                .withMessageContaining("SKILLBOT_CATALOG_GIT_SSH_KEY is not a readable private key")
                .satisfies(e -> assertNoKeyMaterial(e, damaged));
    }

    @Test
    void aPublicKeyOrAPathInsteadOfThePrivateKeyIsRefused() {
        for (String notAPrivateKey :
                List.of(PublicKeyEntry.toString(key.getPublic()), "/var/run/secrets/skillbot/id_ed25519")) {
            assertThatIllegalStateException()
                    .isThrownBy(() -> GitTransport.of(settings(SSH_URL, notAPrivateKey, "", knownHosts)))
                    .withMessageContaining("SKILLBOT_CATALOG_GIT_SSH_KEY holds no private key")
                    .withMessageContaining("not a path or a public key");
        }
    }

    @Test
    void anEncryptedKeyNeedsTheRightPassphrase() {
        assertThatIllegalStateException()
                .isThrownBy(() -> GitTransport.of(settings(SSH_URL, encryptedKey, "", knownHosts)))
                .withMessage(
                        "SKILLBOT_CATALOG_GIT_SSH_KEY is encrypted: set SKILLBOT_CATALOG_GIT_SSH_KEY_PASSPHRASE to its passphrase");
        assertThatIllegalStateException()
                .isThrownBy(() -> GitTransport.of(settings(SSH_URL, encryptedKey, "wrong horse", knownHosts)))
                .withMessage(
                        "SKILLBOT_CATALOG_GIT_SSH_KEY could not be decrypted with SKILLBOT_CATALOG_GIT_SSH_KEY_PASSPHRASE: wrong passphrase")
                .satisfies(e -> assertNoKeyMaterial(e, encryptedKey));

        assertThat(SshKeys.read(encryptedKey, PASSPHRASE))
                .singleElement()
                .satisfies(pair -> assertThat(pair.getPublic()).isEqualTo(key.getPublic()));
    }

    @Test
    void rsaPemEcdsaAndKeysWithEscapedNewlinesAreReadToo() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair rsa = generator.generateKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes())
                        .encodeToString(rsa.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";

        assertThat(SshKeys.read(pem, ""))
                .singleElement()
                .satisfies(pair -> assertThat(pair.getPublic()).isEqualTo(rsa.getPublic()));
        KeyPair ecdsa = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
        assertThat(SshKeys.read(SshGitServer.openSsh(ecdsa, PASSPHRASE), PASSPHRASE))
                .singleElement()
                .satisfies(pair -> assertThat(pair.getPublic()).isEqualTo(ecdsa.getPublic()));
        assertThat(SshKeys.read(plainKey.replace("\n", "\\n"), ""))
                .singleElement()
                .satisfies(pair -> assertThat(pair.getPublic()).isEqualTo(key.getPublic()));
    }

    @Test
    void knownHostsLinesAreCheckedOneByOne() {
        assertThatIllegalStateException()
                .isThrownBy(() -> GitTransport.of(settings(
                        SSH_URL,
                        plainKey,
                        "",
                        "# git.example.invalid\n" + knownHosts + "\ngit.example.invalid ssh-ed25519")))
                .withMessageContaining("SKILLBOT_CATALOG_GIT_SSH_KNOWN_HOSTS line 3 is not a known_hosts entry");
        assertThatIllegalStateException()
                .isThrownBy(() -> GitTransport.of(settings(
                        SSH_URL,
                        plainKey,
                        "",
                        "@cert-authority *.example.invalid " + knownHosts.split(" ", 2)[1])))
                .withMessageContaining("SKILLBOT_CATALOG_GIT_SSH_KNOWN_HOSTS line 1: @cert-authority is not supported");
        assertThatIllegalStateException()
                .isThrownBy(() -> GitTransport.of(settings(SSH_URL, plainKey, "", "# nothing but a comment")))
                .withMessageContaining("SKILLBOT_CATALOG_GIT_SSH_KNOWN_HOSTS lists no host key");
    }

    @Test
    void theSshSettingsAreMaskedInToString() {
        GitCatalogProperties git = settings(SSH_URL, plainKey, PASSPHRASE, knownHosts);

        assertThat(git.toString())
                .contains("sshKey=***", "sshKeyPassphrase=***", "sshKnownHosts=***")
                .doesNotContain(PASSPHRASE)
                .satisfies(text -> assertNotQuoted(text, plainKey));
    }

    @Test
    void startUpStopsNamingTheKnownHostsVariableAndNeverPrintsTheKey(CapturedOutput output) {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(SkillbotApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--skillbot.catalog.git.url=" + SSH_URL,
                        "--skillbot.catalog.git.ssh-key=" + plainKey,
                        "--skillbot.catalog.git.checkout=" + temp.resolve("checkout"))
                .close());

        assertThat(failure)
                .isNotNull()
                .rootCause()
                .hasMessageContaining("SKILLBOT_CATALOG_GIT_SSH_KNOWN_HOSTS is required");
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            assertNotQuoted(String.valueOf(cause.getMessage()), plainKey);
        }
        assertThat(output.getAll()).contains("SKILLBOT_CATALOG_GIT_SSH_KNOWN_HOSTS");
        assertNotQuoted(output.getAll(), plainKey);
    }

    @Test
    void sshSessionsEndWithTheApplication() {
        AtomicReference<GitTransport> transport = new AtomicReference<>();
        new ApplicationContextRunner()
                .withUserConfiguration(GitOpsConfiguration.class, GitSettings.class)
                .withBean(
                        CatalogReloader.class,
                        () -> new CatalogReloader(
                                FixtureCatalog.DIR,
                                new CatalogLoader(),
                                Duration.ofHours(1),
                                Duration.ofHours(1),
                                Clock.systemUTC()))
                .run(context -> transport.set(context.getBean(GitTransport.class)));

        Throwable failure = catchThrowable(() -> Git.lsRemoteRepository()
                .setRemote("ssh://git@127.0.0.1:1/catalog.git")
                .setTransportConfigCallback(transport.get())
                .call());

        assertThat(failure).hasMessageContaining("the Git transport is closed");
    }

    @EnableConfigurationProperties(GitCatalogProperties.class)
    static class GitSettings {}

    /** The message quotes no part of the key, and has no cause that could. */
    private static void assertNoKeyMaterial(Throwable error, String privateKey) {
        assertNotQuoted(String.valueOf(error.getMessage()), privateKey);
        assertThat(error.getCause()).as("a cause that could quote the key").isNull();
    }

    /** No line of the key's body, nor 16 characters of one, appears in the text. */
    private static void assertNotQuoted(String text, String privateKey) {
        for (String line :
                privateKey.lines().filter(l -> !l.startsWith("-----")).toList()) {
            for (int i = 0; i + 16 <= line.length(); i += 8) {
                assertThat(text).doesNotContain(line.substring(i, i + 16));
            }
        }
    }

    private GitCatalogProperties settings(String url, String sshKey, String passphrase, String sshKnownHosts) {
        return new GitCatalogProperties(
                url,
                "main",
                "",
                "",
                "",
                Duration.ofMinutes(1),
                "",
                temp.resolve("checkout"),
                sshKey,
                passphrase,
                sshKnownHosts,
                Duration.ofSeconds(20),
                Duration.ofSeconds(1));
    }
}
