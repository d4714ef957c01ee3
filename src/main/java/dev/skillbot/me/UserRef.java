package dev.skillbot.me;

import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import java.util.Objects;

/**
 * One person on one platform in one workspace: the key of everything personal. {@code organisation} (a Slack
 * Enterprise Grid's enterprise id, as the request named it; empty otherwise) says how far the person reaches
 * ({@link #sameInEveryWorkspace}) and is no part of the key: rows are stored without it, and a person read back from
 * them is the same person ({@link #equals}).
 */
public record UserRef(Platform platform, String workspace, String user, String organisation) {

    public UserRef {
        organisation = organisation == null ? "" : organisation;
    }

    public UserRef(Platform platform, String workspace, String user) {
        this(platform, workspace, user, "");
    }

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
     * is theirs everywhere. So is a Slack user id sent with an Enterprise Grid's enterprise id, in every workspace of
     * the org: Slack sends a member's global id there, {@code W…} or, for some members from before the workspace joined
     * the org, {@code U…} (an org-wide installation serves every workspace with one bot token). A {@code W…} id is
     * always global. Another Slack user id is kept per workspace, and an installation that is not org-wide serves one
     * workspace: there the workspace's rows are all of them.
     */
    public boolean sameInEveryWorkspace() {
        return platform == Platform.DISCORD
                || outsideWorkspaces()
                || platform == Platform.SLACK && (user.startsWith("W") || !organisation.isEmpty());
    }

    /** True when {@code stored} (the key of a stored row) is this person, as forget and export reach them. */
    public boolean reaches(UserRef stored) {
        return stored.platform == platform
                && stored.user.equals(user)
                && (stored.workspace.equals(workspace) || sameInEveryWorkspace());
    }

    public static UserRef of(Invocation invocation) {
        return new UserRef(invocation.platform(), invocation.workspace(), invocation.user(), invocation.organisation());
    }

    /** The same person in the same workspace, whatever organisation the request that named them said. */
    @Override
    public boolean equals(Object other) {
        return other instanceof UserRef that
                && platform == that.platform
                && workspace.equals(that.workspace)
                && user.equals(that.user);
    }

    @Override
    public int hashCode() {
        return Objects.hash(platform, workspace, user);
    }
}
