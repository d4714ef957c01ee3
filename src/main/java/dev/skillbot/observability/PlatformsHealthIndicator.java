package dev.skillbot.observability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * DOWN when an enabled chat platform is not connected (Slack auth failed, no Slack Socket Mode
 * session for longer than its grace period, a Discord shard is offline).
 */
public final class PlatformsHealthIndicator implements HealthIndicator {

    private final List<PlatformStatus> platforms;

    public PlatformsHealthIndicator(List<PlatformStatus> platforms) {
        this.platforms = List.copyOf(platforms);
    }

    /** Reads each platform's status once, so that the overall status and the "connected" of its line agree. */
    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean allConnected = true;
        for (PlatformStatus platform : platforms) {
            boolean connected = platform.connected();
            String detail = platform.detail();
            allConnected &= connected;
            details.put(
                    platform.name(),
                    (connected ? "connected" : "not connected") + (detail.isBlank() ? "" : ": " + detail));
        }
        return (allConnected ? Health.up() : Health.down()).withDetails(details).build();
    }
}
