package dev.skillbot.slack;

import dev.skillbot.chat.Platform;
import dev.skillbot.me.OwnViews;
import dev.skillbot.me.UserRef;

/**
 * The App Home tabs as the personal feature sees them ({@link OwnViews}): another person's Home tab is published
 * again when something it shows of them changed (a comment on their share, its author's forget). The tab is served
 * once the Bolt app is built ({@link #serve}); a change before that is the next opening's to show.
 */
final class SlackHomeViews implements OwnViews {

    private volatile SlackHome home;

    void serve(SlackHome slackHome) {
        this.home = slackHome;
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    @Override
    public void changed(UserRef user) {
        SlackHome served = home;
        if (served != null && !user.outsideWorkspaces()) {
            served.refresh(new SlackActor(user.workspace(), "", user.user(), null));
        }
    }
}
