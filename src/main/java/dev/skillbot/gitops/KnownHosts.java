package dev.skillbot.gitops;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SSH host keys of {@code SKILLBOT_CATALOG_GIT_SSH_KNOWN_HOSTS}, in OpenSSH known_hosts format (plain or
 * hashed host names, {@code [host]:port}, {@code @revoked}). Strict: a host whose key is not listed is
 * refused, never learned, and nothing is read from or written to {@code ~/.ssh}.
 */
final class KnownHosts implements ServerKeyDatabase {

    static final String VARIABLE = "SKILLBOT_CATALOG_GIT_SSH_KNOWN_HOSTS";
    private static final Logger log = LoggerFactory.getLogger(KnownHosts.class);
    private static final int SSH_PORT = 22;

    private record Line(KnownHostEntry entry, PublicKey key, boolean revoked) {

        boolean matches(List<HostAndPort> candidates) {
            return candidates.stream().anyMatch(c -> entry.isHostMatch(c.host(), c.port()));
        }
    }

    private record HostAndPort(String host, int port) {}

    private final List<Line> lines;
    private final AtomicReference<String> lastRefusal = new AtomicReference<>();

    private KnownHosts(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    /** Parses the variable's lines; a line that is not a known_hosts entry stops start-up with its number. */
    static KnownHosts parse(String text) {
        List<Line> lines = new ArrayList<>();
        String[] raw = SshKeys.unescapeNewlines(text).split("\\R");
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            KnownHostEntry entry;
            PublicKey key;
            try {
                entry = KnownHostEntry.parseKnownHostEntry(line);
                key = entry.getKeyEntry().resolvePublicKey(null, PublicKeyEntryResolver.IGNORING);
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                throw new IllegalStateException(VARIABLE + " line " + (i + 1) + " is not a known_hosts entry"
                        + " (host[,host...] key-type base64-key, as ssh-keyscan prints it)");
            }
            String marker = entry.getMarker();
            if (marker != null && !marker.equals("revoked")) {
                throw new IllegalStateException(VARIABLE + " line " + (i + 1) + ": @" + marker
                        + " is not supported; list the host keys themselves");
            }
            if (key == null) {
                log.warn(
                        "{} line {}: key type {} is not supported by this Java runtime; the line is ignored",
                        VARIABLE,
                        i + 1,
                        entry.getKeyEntry().getKeyType());
                continue;
            }
            lines.add(new Line(entry, key, marker != null));
        }
        return new KnownHosts(lines);
    }

    int size() {
        return lines.size();
    }

    @Override
    public List<PublicKey> lookup(String connectAddress, InetSocketAddress remoteAddress, Configuration config) {
        List<HostAndPort> candidates = candidates(connectAddress, remoteAddress);
        return lines.stream()
                .filter(line -> !line.revoked() && line.matches(candidates))
                .map(Line::key)
                .toList();
    }

    @Override
    public boolean accept(
            String connectAddress,
            InetSocketAddress remoteAddress,
            PublicKey serverKey,
            Configuration config,
            CredentialsProvider provider) {
        lastRefusal.set(null);
        List<HostAndPort> candidates = candidates(connectAddress, remoteAddress);
        String described = KeyUtils.getKeyType(serverKey) + " " + KeyUtils.getFingerPrint(serverKey);
        if (lines.stream()
                .anyMatch(line ->
                        line.revoked() && KeyUtils.compareKeys(line.key(), serverKey) && line.matches(candidates))) {
            return refuse("Refused the SSH host " + connectAddress + ": its key " + described
                    + " is marked @revoked in " + VARIABLE);
        }
        List<Line> listed = lines.stream()
                .filter(line -> !line.revoked() && line.matches(candidates))
                .toList();
        if (listed.stream().anyMatch(line -> KeyUtils.compareKeys(line.key(), serverKey))) {
            return true;
        }
        return refuse(
                listed.isEmpty()
                        ? "Refused the SSH host " + connectAddress + ": it is not listed in " + VARIABLE
                                + " (its key is " + described + ")"
                        : "Refused the SSH host " + connectAddress + ": its key " + described
                                + " is not the one listed in " + VARIABLE
                                + " (the host key changed, or something is in between)");
    }

    /** Why the last connection's host key was refused; empty when the last one was accepted. */
    Optional<String> lastRefusal() {
        return Optional.ofNullable(lastRefusal.get());
    }

    private boolean refuse(String reason) {
        log.warn(reason);
        lastRefusal.set(reason);
        return false;
    }

    /** The address as written in the URL ({@code host} or {@code [host]:port}), and the address it resolved to. */
    private static List<HostAndPort> candidates(String connectAddress, InetSocketAddress remoteAddress) {
        Set<HostAndPort> candidates = new LinkedHashSet<>();
        if (connectAddress.startsWith("[") && connectAddress.contains("]:")) {
            int end = connectAddress.indexOf("]:");
            try {
                candidates.add(new HostAndPort(
                        connectAddress.substring(1, end), Integer.parseInt(connectAddress.substring(end + 2))));
            } catch (NumberFormatException e) {
                // not an address JGit produces; the resolved address below still counts
            }
        } else {
            candidates.add(new HostAndPort(connectAddress, SSH_PORT));
        }
        candidates.add(new HostAndPort(remoteAddress.getHostString(), remoteAddress.getPort()));
        if (remoteAddress.getAddress() != null) {
            candidates.add(new HostAndPort(remoteAddress.getAddress().getHostAddress(), remoteAddress.getPort()));
        }
        return List.copyOf(candidates);
    }
}
