package dev.skillbot.suggestion;

import dev.skillbot.catalog.DaemonThreads;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;

/** Every few seconds, posts the review posts that are still missing and that this replica can reach. */
public final class ReviewOutbox implements SmartLifecycle {

    private final ReviewFlow flow;
    private final Duration interval;
    private ScheduledExecutorService executor;

    public ReviewOutbox(ReviewFlow flow, Duration interval) {
        this.flow = flow;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        executor = DaemonThreads.scheduler("review-outbox");
        executor.scheduleWithFixedDelay(flow::postWaitingReviews, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
