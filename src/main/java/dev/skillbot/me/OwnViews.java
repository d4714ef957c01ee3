package dev.skillbot.me;

import dev.skillbot.chat.Platform;

/**
 * A view a platform keeps of a person's own data outside the answers to them, such as Slack's App Home tab, which
 * shows the last version published until the person opens it again. Told when someone else's action changed what it
 * shows of a person: a comment on their share, or the comment's author forgetting it (their words must not stay on
 * anyone's view). Each chat adapter that has such a view implements it; the asker's own changes are the adapter's to
 * see ({@link dev.skillbot.command.PersonalCommands#changesOwnView}).
 */
public interface OwnViews {

    Platform platform();

    /** Draws {@code user}'s view again, after the answer; never throws. */
    void changed(UserRef user);
}
