package dev.skillbot.observability;

import dev.skillbot.digest.DigestRun;
import dev.skillbot.digest.DigestRunListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;

/** {@code skillbot.digest.deliveries} by outcome: posted, reconciled, failed, unsubscribed. */
public final class DigestMetrics implements DigestRunListener {

    private final Counter posted;
    private final Counter reconciled;
    private final Counter failed;
    private final Counter unsubscribed;

    public DigestMetrics(MeterRegistry registry) {
        posted = counter(registry, "posted");
        reconciled = counter(registry, "reconciled");
        failed = counter(registry, "failed");
        unsubscribed = counter(registry, "unsubscribed");
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("skillbot.digest.deliveries")
                .description("Digest deliveries by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    @Override
    public void ran(DigestRun run) {
        add(posted, run.posted());
        add(reconciled, run.reconciled());
        add(failed, run.failed());
        add(unsubscribed, run.unsubscribed());
    }

    private static void add(Counter counter, List<String> items) {
        counter.increment(items.size());
    }
}
