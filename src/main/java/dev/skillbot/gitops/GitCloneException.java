package dev.skillbot.gitops;

/**
 * The catalog could not be cloned at start-up. The message is one line that names the variables to
 * check, with credentials masked; there is no cause, since JGit's quote the remote's URL as given.
 */
public final class GitCloneException extends IllegalStateException {

    public GitCloneException(String message) {
        super(message);
    }
}
