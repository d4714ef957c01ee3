package dev.skillbot.slack;

import dev.skillbot.observability.PlatformStatus;

/**
 * Slack's connection for health and {@code about}, told by the adapter as things happen: in
 * HTTP mode connected once the app started, which needs the start-up {@code auth.test} to pass;
 * in Socket Mode as {@link SocketModeSessions} says. It depends on nothing, so health and
 * {@code about} can list it before the Bolt app exists.
 */
final class SlackPlatformStatus implements PlatformStatus {

    private final SocketModeSessions socketMode;
    private volatile boolean started;

    /** {@code socketMode} is null in HTTP mode. */
    SlackPlatformStatus(SocketModeSessions socketMode) {
        this.socketMode = socketMode;
    }

    void started(boolean running) {
        this.started = running;
    }

    SocketModeSessions socketMode() {
        return socketMode;
    }

    @Override
    public String name() {
        return "Slack";
    }

    @Override
    public boolean connected() {
        return started && (socketMode == null || socketMode.connected());
    }

    @Override
    public String detail() {
        if (!started) {
            return "not started";
        }
        if (socketMode != null) {
            return socketMode.detail();
        }
        return "HTTP on POST " + SlackConfiguration.EVENTS_PATH;
    }
}
