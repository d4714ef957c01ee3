package dev.skillbot.suggestion;

import dev.skillbot.command.Platform;

/** Who suggested or decided: enough to credit them in Git and to tell them privately. */
public record Author(Platform platform, String workspace, String userId, String displayName) {

    /** An address for Git's author field; chat users have no e-mail Skillbot may know. */
    public String gitEmail() {
        return userId.replaceAll("[^A-Za-z0-9._-]", "_") + "@" + platform.name().toLowerCase(java.util.Locale.ROOT) + ".skillbot.invalid";
    }
}
