package dev.skillbot.me;

import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;

/** One person on one platform in one workspace: the key of everything personal. */
public record UserRef(Platform platform, String workspace, String user) {

    /**
     * The workspace of a direct message that belongs to no workspace: a Discord direct message with the bot, outside
     * every server (a Slack direct message belongs to its team). The platform user id there is the same person as in
     * every server.
     */
    public static final String NO_WORKSPACE = "dm";

    /** True in a direct message outside every workspace (see {@link #NO_WORKSPACE}). */
    public boolean outsideWorkspaces() {
        return workspace.equals(NO_WORKSPACE);
    }

    /**
     * True when {@code me forget} and {@code me export} reach this person's rows of every workspace of the platform:
     * a Discord user id is one person in every server and in direct messages, so a deletion request from any of them
     * is theirs everywhere. So is a Slack Enterprise Grid global user id ({@code W…}) in every workspace of the org
     * (an org-wide installation serves them all with one bot token). Another Slack user id is kept per workspace, and
     * an installation that is not org-wide serves one workspace: there the workspace's rows are all of them.
     */
    public boolean sameInEveryWorkspace() {
        return platform == Platform.DISCORD
                || outsideWorkspaces()
                || platform == Platform.SLACK && user.startsWith("W");
    }

    /** True when {@code stored} (the key of a stored row) is this person, as forget and export reach them. */
    public boolean reaches(UserRef stored) {
        return stored.platform == platform
                && stored.user.equals(user)
                && (stored.workspace.equals(workspace) || sameInEveryWorkspace());
    }

    public static UserRef of(Invocation invocation) {
        return new UserRef(invocation.platform(), invocation.workspace(), invocation.user());
    }
}
