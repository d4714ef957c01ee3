package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SocketModeSessionsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final SocketModeSessions sessions = new SocketModeSessions(clock, Duration.ofSeconds(30));

    @Test
    void aReplacedConnectionsLateHelloAndCloseChangeNothing() {
        int first = sessions.connecting();
        int second = sessions.connecting();
        sessions.hello(second);

        sessions.hello(first);
        sessions.closed(first, 1006);
        clock.advance(Duration.ofMinutes(5));

        assertThat(sessions.connected()).isTrue();
        assertThat(sessions.detail()).isEqualTo("Socket Mode session open (connection 2)");
    }

    @Test
    void theCurrentConnectionClosingCountsAsConnectedForTheGracePeriodOnly() {
        int first = sessions.connecting();
        sessions.hello(first);
        clock.advance(Duration.ofHours(2));

        sessions.closed(first, 1006);
        int second = sessions.connecting();
        clock.advance(Duration.ofSeconds(30));

        assertThat(sessions.connected()).isTrue();
        assertThat(sessions.detail())
                .isEqualTo("Socket Mode reconnecting: no Socket Mode session open for 30 s (grace 30 s)");
        clock.advance(Duration.ofSeconds(15));
        assertThat(sessions.connected()).isFalse();
        assertThat(sessions.detail()).isEqualTo("no Socket Mode session open for 45 s (grace 30 s)");

        sessions.hello(second);
        assertThat(sessions.connected()).isTrue();
    }

    @Test
    void aSessionClosedOnPurposeIsNotConnected() {
        int first = sessions.connecting();
        sessions.hello(first);

        sessions.stopped();
        sessions.closed(first, 1000);

        assertThat(sessions.connected()).isFalse();
        assertThat(sessions.detail()).isEqualTo("Socket Mode session closed");
    }
}
