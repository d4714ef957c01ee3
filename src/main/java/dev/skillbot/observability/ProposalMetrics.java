package dev.skillbot.observability;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.skillbot.suggestion.ProposalStatus;
import dev.skillbot.suggestion.ProposalStore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** {@code skillbot.proposals} by status; counted at most every 30 s however often Prometheus scrapes. */
public final class ProposalMetrics implements MeterBinder {

    private final LoadingCache<String, Map<ProposalStatus, Long>> counts;

    public ProposalMetrics(ProposalStore store) {
        this.counts =
                Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(30)).build(key -> store.countByStatus());
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ProposalStatus status : ProposalStatus.values()) {
            Gauge.builder("skillbot.proposals", this, metrics -> metrics.count(status))
                    .description("Suggested edits by status")
                    .tag("status", status.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
    }

    private double count(ProposalStatus status) {
        try {
            return counts.get("all").getOrDefault(status, 0L);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
