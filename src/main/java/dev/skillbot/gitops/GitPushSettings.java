package dev.skillbot.gitops;

/** Turns {@code SKILLBOT_CATALOG_GIT_PUSH} into where approved edits are pushed, and how (the catalog's {@link GitTransport}). */
public final class GitPushSettings {

    private GitPushSettings() {}

    public static GitCatalogHistory.Push of(GitCatalogProperties git, GitTransport transport) {
        String push = git.push().strip();
        boolean enabled = push.isEmpty() ? git.remote() : !push.equalsIgnoreCase("false");
        if (!enabled) {
            return GitCatalogHistory.Push.off();
        }
        if (push.isEmpty() || push.equalsIgnoreCase("true")) {
            return new GitCatalogHistory.Push(true, "origin", git.remote() ? git.branch() : "", transport);
        }
        int slash = push.indexOf('/');
        return slash < 0
                ? new GitCatalogHistory.Push(true, push, "", transport)
                : new GitCatalogHistory.Push(true, push.substring(0, slash), push.substring(slash + 1), transport);
    }
}
