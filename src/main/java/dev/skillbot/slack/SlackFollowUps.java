package dev.skillbot.slack;

import dev.skillbot.catalog.DaemonThreads;
import dev.skillbot.observability.RequestId;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work after Slack's request is acknowledged (response_url messages, forms' follow-ups, review
 * posts), on daemon threads, under the request id of the request that handed it over. A failure
 * is logged, never lost silently. Closed at shut-down after the server stopped taking requests:
 * the work already handed over finishes first, for at most {@link #TIMEOUT}.
 */
final class SlackFollowUps implements Executor, AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int THREADS = 10;
    private static final Logger log = LoggerFactory.getLogger(SlackFollowUps.class);

    private final ExecutorService threads;

    SlackFollowUps() {
        this.threads = Executors.newFixedThreadPool(THREADS, DaemonThreads.numbered("slack-follow-up-"));
    }

    @Override
    public void execute(Runnable task) {
        try {
            threads.execute(RequestId.carried(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.error("Slack follow-up failed", e);
                }
            }));
        } catch (RejectedExecutionException e) {
            log.warn("Slack is shutting down: a follow-up was dropped");
        }
    }

    @Override
    public void close() {
        threads.shutdown();
        try {
            if (!threads.awaitTermination(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Slack follow-ups still running after {} s; stopping them", TIMEOUT.toSeconds());
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            threads.shutdownNow();
        }
    }
}
