package dev.skillbot.me;

import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;

/** One person on one platform in one workspace: the key of everything personal. */
public record UserRef(Platform platform, String workspace, String user) {

    public static UserRef of(Invocation invocation) {
        return new UserRef(invocation.platform(), invocation.workspace(), invocation.user());
    }
}
