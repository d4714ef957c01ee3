package dev.skillbot.gitops;

import org.eclipse.jgit.api.TransportConfigCallback;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * How every clone, fetch and push reaches the catalog's remote: the access token of
 * {@code SKILLBOT_CATALOG_GIT_TOKEN} on HTTPS.
 */
public final class GitTransport implements TransportConfigCallback {

    private final CredentialsProvider token;

    private GitTransport(CredentialsProvider token) {
        this.token = token;
    }

    public static GitTransport of(GitCatalogProperties git) {
        return new GitTransport(git.token().isBlank() ? null : new UsernamePasswordCredentialsProvider("x-access-token", git.token()));
    }

    /** Token authentication works with GitHub ("x-access-token") and GitLab (any user name with a token). */
    @Override
    public void configure(Transport transport) {
        if (token != null) {
            transport.setCredentialsProvider(token);
        }
    }
}
