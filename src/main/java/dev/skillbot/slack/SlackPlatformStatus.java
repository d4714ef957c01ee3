package dev.skillbot.slack;

import dev.skillbot.observability.PlatformStatus;

/**
 * Slack's connection for health and {@code about}, told by the adapter as things happen: in
 * HTTP mode connected once the app started, which needs the start-up {@code auth.test} to pass;
 * in Socket Mode while a session is open. It depends on nothing, so health and {@code about}
 * can list it before the Bolt app exists.
 */
final class SlackPlatformStatus implements PlatformStatus {

    private final boolean socketMode;
    private volatile boolean started;
    private volatile boolean sessionOpen;

    SlackPlatformStatus(boolean socketMode) {
        this.socketMode = socketMode;
    }

    void started(boolean running) {
        this.started = running;
    }

    void sessionOpen(boolean open) {
        this.sessionOpen = open;
    }

    @Override
    public String name() {
        return "Slack";
    }

    @Override
    public boolean connected() {
        return started && (!socketMode || sessionOpen);
    }

    @Override
    public String detail() {
        if (!started) {
            return "not started";
        }
        if (socketMode) {
            return sessionOpen ? "Socket Mode session open" : "Socket Mode session not open";
        }
        return "HTTP on POST " + SlackConfiguration.EVENTS_PATH;
    }
}
