package dev.skillbot.slack;

import dev.skillbot.concurrent.DaemonThreads;
import dev.skillbot.observability.RequestId;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers after Slack's request is acknowledged (a button's new card and private notes through the
 * response_url, a decision on a review post), on daemon threads, under the request id of the
 * request that handed it over. Only answers run here: review posts, direct messages and digests,
 * which are paced and retried, have executors of their own, so an answer never queues behind them.
 * The queue is bounded: a full one drops the answer with a log line, never stalls silently. A
 * failure is logged, never lost silently. Closed at shut-down after the server stopped taking
 * requests: the work already handed over finishes first, for at most {@link #TIMEOUT}.
 */
final class AfterAckExecutor implements Executor, AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final int THREADS = 10;
    static final int QUEUED = 500;
    private static final Logger log = LoggerFactory.getLogger(AfterAckExecutor.class);

    private final ThreadPoolExecutor threads;
    private final AtomicInteger unfinished = new AtomicInteger();

    AfterAckExecutor() {
        this.threads = new ThreadPoolExecutor(
                THREADS,
                THREADS,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUED),
                DaemonThreads.numbered("slack-follow-up-"));
    }

    @Override
    public void execute(Runnable task) {
        unfinished.incrementAndGet();
        try {
            threads.execute(RequestId.carried(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.error("Slack follow-up failed", e);
                } finally {
                    unfinished.decrementAndGet();
                }
            }));
        } catch (RejectedExecutionException e) {
            unfinished.decrementAndGet();
            if (threads.isShutdown()) {
                log.warn("Slack is shutting down: a follow-up was dropped");
            } else {
                log.warn(
                        "Slack answers are backed up ({} queued, {} running): an answer was dropped",
                        threads.getQueue().size(),
                        threads.getActiveCount());
            }
        }
    }

    /** Answers handed over and not yet done, queued or running: a test awaits zero to know every answer ran. */
    int unfinished() {
        return unfinished.get();
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
