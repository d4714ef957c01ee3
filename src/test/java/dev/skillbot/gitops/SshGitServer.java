package dev.skillbot.gitops;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.git.GitLocationResolver;
import org.apache.sshd.git.pack.GitPackCommandFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;

/**
 * A Git server over SSH inside the test's JVM: Apache MINA sshd on a random loopback port, public-key
 * authentication only (for the keys {@link #authorize authorized}), serving the bare repositories under a
 * root directory with JGit's upload-pack and receive-pack. No network beyond 127.0.0.1.
 */
final class SshGitServer implements AutoCloseable {

    private final SshServer server;
    private final KeyPair hostKey;
    private final Set<PublicKey> authorized = ConcurrentHashMap.newKeySet();

    private SshGitServer(Path root, KeyPair hostKey) throws IOException {
        this.hostKey = hostKey;
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setUserAuthFactories(List.of(new UserAuthPublicKeyFactory()));
        server.setPublickeyAuthenticator(
                (user, key, session) -> authorized.stream().anyMatch(k -> KeyUtils.compareKeys(k, key)));
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setCommandFactory(new GitPackCommandFactory(GitLocationResolver.constantPath(root)));
        server.start();
    }

    /** Serves the repositories under root, e.g. {@code root/catalog.git} as {@code ssh://git@127.0.0.1:port/catalog.git}. */
    static SshGitServer serve(Path root) throws IOException, GeneralSecurityException {
        return new SshGitServer(root, ed25519());
    }

    SshGitServer authorize(PublicKey key) {
        authorized.add(key);
        return this;
    }

    int port() {
        return server.getPort();
    }

    String url(String repository) {
        return "ssh://git@127.0.0.1:" + server.getPort() + "/" + repository;
    }

    /** The known_hosts line for this server, as {@code ssh-keyscan -p port 127.0.0.1} prints it. */
    String knownHosts() {
        return knownHostsLine(hostKey.getPublic());
    }

    /** The same line with the host name hashed, as {@code ssh-keyscan -H} prints it: |1|salt|HMAC-SHA1(salt, "[host]:port"). */
    String hashedKnownHosts() throws GeneralSecurityException {
        byte[] salt = new byte[20];
        new SecureRandom().nextBytes(salt);
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(salt, "HmacSHA1"));
        byte[] hash = mac.doFinal(("[127.0.0.1]:" + server.getPort()).getBytes(StandardCharsets.US_ASCII));
        Base64.Encoder base64 = Base64.getEncoder();
        return "|1|" + base64.encodeToString(salt) + "|" + base64.encodeToString(hash) + " "
                + PublicKeyEntry.toString(hostKey.getPublic());
    }

    /** A known_hosts line naming this server with some other key. */
    String knownHostsLine(PublicKey key) {
        return "[127.0.0.1]:" + server.getPort() + " " + PublicKeyEntry.toString(key);
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }

    static KeyPair ed25519() throws GeneralSecurityException {
        return KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
    }

    /** The private key as {@code ssh-keygen} writes it (OpenSSH format), encrypted when a passphrase is given. */
    static String openSsh(KeyPair key, String passphrase) throws IOException, GeneralSecurityException {
        OpenSSHKeyEncryptionContext encryption = null;
        if (!passphrase.isEmpty()) {
            encryption = new OpenSSHKeyEncryptionContext();
            encryption.setCipherType("256");
            encryption.setPassword(passphrase);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "skillbot@test", encryption, out);
        return out.toString(StandardCharsets.US_ASCII);
    }
}
