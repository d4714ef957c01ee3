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

    public static UserRef of(Invocation invocation) {
        return new UserRef(invocation.platform(), invocation.workspace(), invocation.user());
    }
}
