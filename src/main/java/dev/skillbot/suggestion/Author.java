package dev.skillbot.suggestion;

import dev.skillbot.chat.Platform;
import java.util.Locale;

/** Who suggested or decided: enough to credit them in Git and to tell them privately. */
public record Author(Platform platform, String workspace, String userId, String displayName) {

    static final int MAX_NAME = 80;

    public Author {
        workspace = workspace == null ? "" : workspace;
        userId = userId == null ? "" : userId;
        displayName = cleanName(displayName == null || displayName.isBlank() ? userId : displayName);
    }

    /** An address for Git's author field; chat users have no e-mail Skillbot may know. */
    public String gitEmail() {
        return userId.replaceAll("[^A-Za-z0-9._-]", "_") + "@" + platform.name().toLowerCase(Locale.ROOT)
                + ".skillbot.invalid";
    }

    /** The same person, whatever name they show: platform and user id. */
    public boolean sameAs(Author other) {
        return other != null && platform == other.platform && userId.equals(other.userId);
    }

    /** A display name as Git, logs and review posts may show it: one line, no angle brackets, no controls. */
    static String cleanName(String name) {
        String line = CommitMessage.oneLine(name.replace('<', ' ').replace('>', ' '), MAX_NAME);
        return line.isEmpty() ? "someone" : line;
    }
}
