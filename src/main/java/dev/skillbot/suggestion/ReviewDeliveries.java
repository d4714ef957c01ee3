package dev.skillbot.suggestion;

import dev.skillbot.concurrent.DaemonThreads;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.SmartLifecycle;

/**
 * The review flow's background work (review posts, updates, private notes): its own bounded threads
 * and queue, so it never delays an answer to a user. A full queue refuses with a log line. At
 * shut-down it stops after the web server and before the chat clients close, and waits (within
 * {@link #DRAIN}) for the work it took.
 */
public final class ReviewDeliveries implements Executor, SmartLifecycle {

    static final Duration DRAIN = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(ReviewDeliveries.class);

    private final ThreadPoolExecutor threads;
    private volatile boolean running = true;

    public ReviewDeliveries(int threadCount, int queueCapacity) {
        this.threads = new ThreadPoolExecutor(
                threadCount,
                threadCount,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queueCapacity),
                DaemonThreads.numbered("review-delivery-"),
                (work, pool) -> log.warn(
                        "Review deliveries are backed up ({} queued); a review post or note was dropped",
                        pool.getQueue().size()));
    }

    /** Runs the work later, under the logging context (such as the request id) of the thread that handed it over. */
    @Override
    public void execute(Runnable work) {
        Map<String, String> context = MDC.getCopyOfContextMap();
        threads.execute(() -> {
            if (context != null) {
                MDC.setContextMap(context);
            }
            try {
                work.run();
            } catch (RuntimeException e) {
                log.warn("A review delivery failed: {}", e.toString());
            } finally {
                MDC.clear();
            }
        });
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        threads.shutdown();
        try {
            if (!threads.awaitTermination(DRAIN.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Review deliveries still running after {} s; closing anyway", DRAIN.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Below the web server's phases: stopped once no new request can hand it work, before the chat clients close. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
