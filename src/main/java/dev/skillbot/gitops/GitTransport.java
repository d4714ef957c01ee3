package dev.skillbot.gitops;

import java.io.File;
import java.net.URISyntaxException;
import java.security.KeyPair;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.TransportConfigCallback;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;
import org.eclipse.jgit.util.FS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How every clone, fetch and push reaches the catalog's remote. HTTPS: the access token of
 * {@code SKILLBOT_CATALOG_GIT_TOKEN}. SSH: the key of {@code SKILLBOT_CATALOG_GIT_SSH_KEY}, held in memory,
 * public-key authentication only, and strict host key checking against
 * {@code SKILLBOT_CATALOG_GIT_SSH_KNOWN_HOSTS}. Nothing under {@code ~/.ssh} is read (no config file, no
 * identities, no known_hosts, no agent) and nothing is written. Every connection gives up after
 * {@code SKILLBOT_CATALOG_GIT_TIMEOUT}, whatever command it serves (JGit sets none by default). Settings
 * that cannot work stop start-up with a message naming the variable; secrets are never part of a message.
 */
public final class GitTransport implements TransportConfigCallback, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GitTransport.class);
    private static final Set<String> SSH_SCHEMES = Set.of("ssh", "ssh+git", "git+ssh");

    private final CredentialsProvider token;
    private final KnownHosts knownHosts;
    private final List<KeyPair> keys;
    private final int timeoutSeconds;
    private SshdSessionFactory ssh;
    private boolean closed;

    private GitTransport(CredentialsProvider token, KnownHosts knownHosts, List<KeyPair> keys, int timeoutSeconds) {
        this.token = token;
        this.knownHosts = knownHosts;
        this.keys = keys;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Checks the settings and builds the transport; throws {@link IllegalStateException} naming the variable at fault. */
    public static GitTransport of(GitCatalogProperties git) {
        boolean sshUrl = isSsh(git.url());
        if (sshUrl && git.sshKey().isBlank()) {
            throw new IllegalStateException("SKILLBOT_CATALOG_GIT_URL is an SSH URL, so " + SshKeys.KEY
                    + " is required: the private key's text (OpenSSH or PEM)");
        }
        if (!git.sshKey().isBlank() && git.sshKnownHosts().isBlank()) {
            throw new IllegalStateException(
                    SshKeys.KEY + " is set, so " + KnownHosts.VARIABLE + " is required: the known_hosts"
                            + " lines of the Git server (ssh-keyscan output checked against the fingerprints the host publishes);"
                            + " unknown hosts are never accepted");
        }
        List<KeyPair> keys = git.sshKey().isBlank() ? List.of() : SshKeys.read(git.sshKey(), git.sshKeyPassphrase());
        KnownHosts knownHosts = KnownHosts.parse(git.sshKnownHosts());
        if (sshUrl && knownHosts.size() == 0) {
            throw new IllegalStateException(KnownHosts.VARIABLE + " lists no host key this Java runtime can use");
        }
        if (sshUrl) {
            log.info(
                    "SSH to the catalog remote with {} key(s) and {} known host key(s)",
                    keys.size(),
                    knownHosts.size());
        }
        CredentialsProvider token =
                git.token().isBlank() ? null : new UsernamePasswordCredentialsProvider("x-access-token", git.token());
        return new GitTransport(token, knownHosts, keys, git.timeoutSeconds());
    }

    /**
     * Token authentication works with GitHub ("x-access-token") and GitLab (any user name with a token). SSH
     * transports always get Skillbot's own session factory, so they never fall back to JGit's default, which
     * reads {@code ~/.ssh} (or {@code GIT_SSH}). The timeout set here wins over the command's: JGit applies a
     * command's own timeout (none unless set) before it calls this.
     */
    @Override
    public void configure(Transport transport) {
        transport.setTimeout(timeoutSeconds);
        if (transport instanceof SshTransport sshTransport) {
            sshTransport.setSshSessionFactory(sshSessions());
        } else if (token != null) {
            transport.setCredentialsProvider(token);
        }
    }

    /** How long, in seconds, a connection of this transport waits on the remote before it gives up. */
    public int timeoutSeconds() {
        return timeoutSeconds;
    }

    /** Why the host key of the last SSH connection was refused, if it was: for the message of a failed clone. */
    public Optional<String> lastHostKeyRefusal() {
        return knownHosts.lastRefusal();
    }

    /** Stops new SSH sessions; the ones running end on their own. */
    @Override
    public synchronized void close() {
        closed = true;
        if (ssh != null) {
            ssh.close();
        }
    }

    /** Built on first SSH use: most installations never connect over SSH, and start-up need not load it. */
    private synchronized SshdSessionFactory sshSessions() {
        if (closed) {
            throw new IllegalStateException("the Git transport is closed: Skillbot is shutting down");
        }
        if (ssh == null) {
            ssh = sshSessions(keys, knownHosts);
        }
        return ssh;
    }

    /** {@code ssh://}, {@code git+ssh://}, or scp-like {@code user@host:path}, as JGit decides it. */
    static boolean isSsh(String url) {
        if (url.isBlank()) {
            return false;
        }
        try {
            URIish uri = new URIish(url.strip());
            if (uri.getScheme() == null) {
                return uri.getHost() != null
                        && !uri.getHost().isEmpty()
                        && uri.getPath() != null
                        && !uri.getPath().isEmpty();
            }
            return SSH_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static SshdSessionFactory sshSessions(List<KeyPair> keys, KnownHosts knownHosts) {
        // JGit needs a home and an SSH directory to build a factory; nothing in them is read: no config file,
        // identities, known_hosts or agent, as set here.
        File home = FS.DETECTED.userHome() != null
                ? FS.DETECTED.userHome()
                : new File(System.getProperty("java.io.tmpdir"));
        return new SshdSessionFactoryBuilder()
                .setHomeDirectory(home)
                .setSshDirectory(new File(home, ".ssh"))
                .setConfigFile(sshDir -> null)
                .setDefaultIdentities(sshDir -> List.of())
                .setDefaultKeysProvider(sshDir -> keys)
                .setDefaultKnownHostsFiles(sshDir -> List.of())
                .setServerKeyDatabase((homeDir, sshDir) -> knownHosts)
                .setConnectorFactory(null)
                .setPreferredAuthentications("publickey")
                .build(null);
    }
}
