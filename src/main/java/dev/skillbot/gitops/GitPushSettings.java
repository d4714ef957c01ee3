package dev.skillbot.gitops;

import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/** Turns {@code SKILLBOT_CATALOG_GIT_PUSH} and the token into where approved edits are pushed. */
public final class GitPushSettings {

    private GitPushSettings() {
    }

    public static GitCatalogHistory.Push of(GitCatalogProperties git) {
        String push = git.push().strip();
        boolean enabled = push.isEmpty() ? git.remote() : !push.equalsIgnoreCase("false");
        if (!enabled) {
            return GitCatalogHistory.Push.off();
        }
        if (push.isEmpty() || push.equalsIgnoreCase("true")) {
            return new GitCatalogHistory.Push(true, "origin", git.remote() ? git.branch() : "", credentials(git));
        }
        int slash = push.indexOf('/');
        return slash < 0
                ? new GitCatalogHistory.Push(true, push, "", credentials(git))
                : new GitCatalogHistory.Push(true, push.substring(0, slash), push.substring(slash + 1), credentials(git));
    }

    /** Token authentication works with GitHub ("x-access-token") and GitLab (any user name with a token). */
    static CredentialsProvider credentials(GitCatalogProperties git) {
        return git.token().isBlank() ? null : new UsernamePasswordCredentialsProvider("x-access-token", git.token());
    }
}
