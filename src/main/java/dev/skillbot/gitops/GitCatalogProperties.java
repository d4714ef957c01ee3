package dev.skillbot.gitops;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The catalog's Git remote, from {@code SKILLBOT_CATALOG_GIT_*} environment variables.
 *
 * @param url           {@code SKILLBOT_CATALOG_GIT_URL}: clone the catalog from here (empty: use the local directory)
 * @param branch        {@code SKILLBOT_CATALOG_GIT_BRANCH}
 * @param path          {@code SKILLBOT_CATALOG_GIT_PATH}: the catalog's folder inside the repository
 * @param token         {@code SKILLBOT_CATALOG_GIT_TOKEN}: an access token for HTTPS remotes
 * @param push          {@code SKILLBOT_CATALOG_GIT_PUSH}: push approved edits; {@code true}, {@code false}, or
 *                      {@code remote/branch}. Empty means push when the catalog was cloned from a URL
 * @param pollInterval  {@code SKILLBOT_CATALOG_GIT_POLL_INTERVAL}: how often to pull
 * @param webhookSecret {@code SKILLBOT_CATALOG_GIT_WEBHOOK_SECRET}: the shared secret of {@code POST /hooks/catalog}
 * @param checkout      {@code SKILLBOT_CATALOG_GIT_CHECKOUT}: where the clone lives
 * @param sshKey        {@code SKILLBOT_CATALOG_GIT_SSH_KEY}: the private key for SSH remotes, its text (OpenSSH or PEM), not a path
 * @param sshKeyPassphrase {@code SKILLBOT_CATALOG_GIT_SSH_KEY_PASSPHRASE}: the key's passphrase, if it is encrypted
 * @param sshKnownHosts {@code SKILLBOT_CATALOG_GIT_SSH_KNOWN_HOSTS}: known_hosts lines; SSH hosts not listed are refused
 * @param timeout       {@code SKILLBOT_CATALOG_GIT_TIMEOUT}: how long a clone, fetch or push waits on the remote
 *                      (to connect, and for each read) before it gives up; whole seconds, at least one
 * @param headCheck     {@code SKILLBOT_CATALOG_GIT_HEAD_CHECK}: how often the shared database is asked for the last catalog
 *                      commit another replica pushed, so this one pulls within that time rather than at the next poll
 */
@ConfigurationProperties("skillbot.catalog.git")
public record GitCatalogProperties(
        @DefaultValue("") String url,
        @DefaultValue("main") String branch,
        @DefaultValue("") String path,
        @DefaultValue("") String token,
        @DefaultValue("") String push,
        @DefaultValue("1m") Duration pollInterval,
        @DefaultValue("") String webhookSecret,
        @DefaultValue("data/catalog-git") Path checkout,
        @DefaultValue("") String sshKey,
        @DefaultValue("") String sshKeyPassphrase,
        @DefaultValue("") String sshKnownHosts,
        @DefaultValue("20s") Duration timeout,
        @DefaultValue("1s") Duration headCheck) {

    public boolean remote() {
        return !url.isBlank();
    }

    /** {@link #timeout} as JGit takes it: whole seconds, rounded up, at least one (zero would mean no timeout). */
    public int timeoutSeconds() {
        long millis = Math.max(1, timeout.toMillis());
        return (int) Math.min(Integer.MAX_VALUE, (millis + 999) / 1000);
    }

    /** {@code text} without the credentials of any URL in it, nor the access token: for logs and messages. */
    public String masked(String text) {
        String masked = MaskedUrls.in(text);
        return token.isBlank() || masked == null ? masked : masked.replace(token, MaskedUrls.MASK);
    }

    @Override
    public String toString() {
        return "GitCatalogProperties[url=" + MaskedUrls.in(url) + ", branch=" + branch + ", path=" + path + ", token="
                + secret(token)
                + ", push=" + push + ", pollInterval=" + pollInterval + ", webhookSecret=" + secret(webhookSecret)
                + ", checkout=" + checkout + ", sshKey=" + secret(sshKey) + ", sshKeyPassphrase="
                + secret(sshKeyPassphrase)
                + ", sshKnownHosts=" + secret(sshKnownHosts) + ", timeout=" + timeout + ", headCheck=" + headCheck
                + "]";
    }

    private static String secret(String value) {
        return value.isBlank() ? "" : MaskedUrls.MASK;
    }
}
