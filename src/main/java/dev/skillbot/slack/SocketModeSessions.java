package dev.skillbot.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether Skillbot has a Socket Mode session, for health and {@code about}. Connections are
 * numbered as the client opens them, and only the newest one counts: it is open from its
 * {@code hello} until that same connection closes. An earlier connection, replaced when Slack
 * asked for a refresh or when the client reconnected, changes nothing when it closes or times out.
 *
 * <p>The client reconnects by itself, usually within a second, so a session that is down counts as
 * connected for the grace period; after that, or before the first session ever opened, Slack is
 * reported not connected, with how long no session has been open. Time comes from the clock.
 */
final class SocketModeSessions {

    private static final Logger log = LoggerFactory.getLogger(SocketModeSessions.class);

    private final Clock clock;
    private final Duration grace;
    private int connections;
    private int current;
    private boolean open;
    private boolean everOpen;
    private boolean stopped;
    private Instant since;

    SocketModeSessions(Clock clock, Duration grace) {
        this.clock = clock;
        this.grace = grace;
        this.since = clock.instant();
    }

    /** A new connection replaces the current one; returns its number. */
    synchronized int connecting() {
        current = ++connections;
        stopped = false;
        change(false);
        return current;
    }

    synchronized void hello(int connection) {
        if (connection == current && !stopped) {
            everOpen = true;
            change(true);
            log.info("Slack Socket Mode: session open on connection {}", connection);
        }
    }

    synchronized void closed(int connection, int code) {
        if (connection != current) {
            log.info(
                    "Slack Socket Mode: connection {} closed ({}); connection {} is the current one",
                    connection,
                    code,
                    current);
        } else if (open) {
            change(false);
            log.warn(
                    "Slack Socket Mode: connection {} closed ({}); no session until the client reconnects",
                    connection,
                    code);
        }
    }

    /** Skillbot closed the session on purpose (shutting down). */
    synchronized void stopped() {
        stopped = true;
        change(false);
    }

    synchronized boolean connected() {
        return !stopped && (open || everOpen && downFor().compareTo(grace) <= 0);
    }

    synchronized String detail() {
        if (stopped) {
            return "Socket Mode session closed";
        }
        if (open) {
            return "Socket Mode session open (connection " + current + ")";
        }
        String down = seconds(downFor());
        if (!everOpen) {
            return "Socket Mode connecting for " + down;
        }
        return (connected() ? "Socket Mode reconnecting: " : "") + "no Socket Mode session open for " + down
                + " (grace " + seconds(grace) + ")";
    }

    private void change(boolean nowOpen) {
        if (open != nowOpen) {
            open = nowOpen;
            since = clock.instant();
        }
    }

    private Duration downFor() {
        Duration down = Duration.between(since, clock.instant());
        return down.isNegative() ? Duration.ZERO : down;
    }

    private static String seconds(Duration duration) {
        return duration.toSeconds() + " s";
    }
}
