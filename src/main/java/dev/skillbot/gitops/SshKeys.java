package dev.skillbot.gitops;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * Reads the private key of {@code SKILLBOT_CATALOG_GIT_SSH_KEY} from its text (OpenSSH or PEM), decrypting
 * it with {@code SKILLBOT_CATALOG_GIT_SSH_KEY_PASSPHRASE} when it is encrypted. The key stays in memory;
 * nothing is written to disk. Errors name the variable and never quote the key, so no cause is attached.
 */
final class SshKeys {

    static final String KEY = "SKILLBOT_CATALOG_GIT_SSH_KEY";
    static final String PASSPHRASE = "SKILLBOT_CATALOG_GIT_SSH_KEY_PASSPHRASE";

    private SshKeys() {}

    /** The key pairs in the text; fails start-up with a message naming the variable when there is none. */
    static List<KeyPair> read(String text, String passphrase) {
        AtomicBoolean encrypted = new AtomicBoolean();
        FilePasswordProvider password = (session, resource, retry) -> {
            encrypted.set(true);
            return passphrase.isEmpty() ? null : passphrase;
        };
        Iterable<KeyPair> keys;
        try {
            byte[] bytes = (unescapeNewlines(text).strip() + "\n").getBytes(StandardCharsets.UTF_8);
            keys = SecurityUtils.loadKeyPairIdentities(
                    null, NamedResource.ofName(KEY), new ByteArrayInputStream(bytes), password);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            if (encrypted.get()) {
                throw new IllegalStateException(
                        passphrase.isEmpty()
                                ? KEY + " is encrypted: set " + PASSPHRASE + " to its passphrase"
                                : KEY + " could not be decrypted with " + PASSPHRASE + ": wrong passphrase");
            }
            if (e instanceof NoSuchAlgorithmException) {
                throw new IllegalStateException(
                        KEY + " is a key type this Java runtime cannot use; use an ed25519, ECDSA or RSA key");
            }
            throw new IllegalStateException(
                    KEY + " is not a readable private key (" + e.getClass().getSimpleName()
                            + "): it must hold the whole private key, from -----BEGIN to -----END, in OpenSSH or PEM format");
        }
        List<KeyPair> pairs = new ArrayList<>();
        if (keys != null) {
            keys.forEach(pairs::add);
        }
        if (pairs.isEmpty()) {
            throw new IllegalStateException(
                    KEY + " holds no private key: it must hold the key's text itself, from -----BEGIN to -----END"
                            + " (OpenSSH or PEM), not a path or a public key");
        }
        return pairs;
    }

    /** A key pasted into a one-line setting ({@code docker --env-file}, some CI systems) often arrives with literal \n. */
    static String unescapeNewlines(String text) {
        return text.indexOf('\n') < 0 && text.contains("\\n") ? text.replace("\\n", "\n") : text;
    }
}
