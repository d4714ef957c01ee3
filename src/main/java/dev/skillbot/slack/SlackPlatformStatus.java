package dev.skillbot.slack;

import dev.skillbot.observability.PlatformStatus;

/**
 * Slack's connection for health and {@code about}, told by the adapter as things happen: in
 * HTTP mode connected once the app started (whether or not {@code auth.test} was answered yet: commands
 * are answered meanwhile, {@link SlackAuthorization}); in Socket Mode as {@link SocketModeSessions} says. It depends on nothing, so health and
 * {@code about} can list it before the Bolt app exists.
 */
final class SlackPlatformStatus implements PlatformStatus {

    private final SocketModeSessions socketMode;
    private volatile boolean started;
    private volatile String note = "";

    /** {@code socketMode} is null in HTTP mode. */
    SlackPlatformStatus(SocketModeSessions socketMode) {
        this.socketMode = socketMode;
    }

    void started(boolean running) {
        this.started = running;
    }

    /** What else health should say, such as Slack's auth.test not answered yet; blank for nothing. */
    void note(String note) {
        this.note = note;
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
        String mode = socketMode != null ? socketMode.detail() : "HTTP on POST " + SlackConfiguration.EVENTS_PATH;
        return note.isBlank() ? mode : mode + "; " + note;
    }
}
