package dev.skillbot.slack;

import dev.skillbot.concurrent.DaemonThreads;
import dev.skillbot.observability.RequestId;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
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
    /** Per turn with a task running, the tasks waiting behind it. */
    private final Map<String, Deque<Waiting>> turns = new HashMap<>();

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
        Runnable carried = RequestId.carried(task);
        if (!handOver(() -> run(carried))) {
            unfinished.decrementAndGet();
        }
    }

    /**
     * Like {@link #execute}, but the tasks handed over with the same {@code turn} (one person's App Home tab) run one
     * at a time, in the order handed over: a view built before a change is published before the one built after it,
     * never over it. A task waiting for its turn holds no thread.
     */
    void execute(String turn, Runnable task) {
        inTurn(turn, new Waiting(RequestId.carried(task), false));
    }

    /**
     * Like {@link #execute(String, Runnable)} for a {@code redraw} (the tab drawn again as it now is): one such task
     * already waiting in the turn makes this one unnecessary, as it starts later and draws what this one would.
     */
    void executeUnlessWaiting(String turn, Runnable redraw) {
        inTurn(turn, new Waiting(RequestId.carried(redraw), true));
    }

    /** Tasks waiting for their turn behind another of the same turn: a test awaits one to know it is held back. */
    int waitingForTheirTurn() {
        synchronized (turns) {
            return turns.values().stream().mapToInt(Deque::size).sum();
        }
    }

    private record Waiting(Runnable task, boolean redraw) {}

    private void inTurn(String turn, Waiting task) {
        synchronized (turns) {
            Deque<Waiting> waiting = turns.get(turn);
            if (waiting != null) {
                if (waiting.size() >= QUEUED) {
                    log.warn("Slack answers for one person are backed up ({} waiting): an answer was dropped", QUEUED);
                } else if (!task.redraw() || waiting.stream().noneMatch(Waiting::redraw)) {
                    unfinished.incrementAndGet();
                    waiting.add(task);
                }
                return;
            }
            unfinished.incrementAndGet();
            turns.put(turn, new ArrayDeque<>());
        }
        if (!handOver(() -> runInTurn(turn, task))) {
            synchronized (turns) {
                unfinished.addAndGet(-1 - turns.remove(turn).size());
            }
        }
    }

    private void runInTurn(String turn, Waiting first) {
        for (Waiting task = first; task != null; ) {
            run(task.task());
            synchronized (turns) {
                task = turns.get(turn).poll();
                if (task == null) {
                    turns.remove(turn);
                }
            }
        }
    }

    private void run(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.error("Slack follow-up failed", e);
        } finally {
            unfinished.decrementAndGet();
        }
    }

    /** False when the task was dropped: the queue is full, or the executor is shutting down. */
    private boolean handOver(Runnable task) {
        try {
            threads.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            if (threads.isShutdown()) {
                log.warn("Slack is shutting down: a follow-up was dropped");
            } else {
                log.warn(
                        "Slack answers are backed up ({} queued, {} running): an answer was dropped",
                        threads.getQueue().size(),
                        threads.getActiveCount());
            }
            return false;
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
