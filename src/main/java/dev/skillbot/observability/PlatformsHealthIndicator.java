package dev.skillbot.observability;

import java.util.List;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** DOWN when an enabled chat platform is not connected (Slack auth failed, a Discord shard is offline). */
public final class PlatformsHealthIndicator implements HealthIndicator {

    private final List<PlatformStatus> platforms;

    public PlatformsHealthIndicator(List<PlatformStatus> platforms) {
        this.platforms = List.copyOf(platforms);
    }

    @Override
    public Health health() {
        Health.Builder health = platforms.stream().allMatch(PlatformStatus::connected) ? Health.up() : Health.down();
        platforms.forEach(platform -> health.withDetail(platform.name(), (platform.connected() ? "connected" : "not connected")
                + (platform.detail().isBlank() ? "" : ": " + platform.detail())));
        return health.build();
    }
}
