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
        @DefaultValue("") String sshKnownHosts) {

    public boolean remote() {
        return !url.isBlank();
    }

    @Override
    public String toString() {
        return "GitCatalogProperties[url=" + url + ", branch=" + branch + ", path=" + path + ", token=" + masked(token)
                + ", push=" + push + ", pollInterval=" + pollInterval + ", webhookSecret=" + masked(webhookSecret)
                + ", checkout=" + checkout + ", sshKey=" + masked(sshKey) + ", sshKeyPassphrase=" + masked(sshKeyPassphrase)
                + ", sshKnownHosts=" + masked(sshKnownHosts) + "]";
    }

    private static String masked(String value) {
        return value.isBlank() ? "" : "***";
    }
}
