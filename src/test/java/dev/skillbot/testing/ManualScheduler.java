package dev.skillbot.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A scheduler on the time of a {@link MutableClock}: nothing runs until the test calls {@link #advance},
 * which moves the clock and runs every task that falls due, in order, on the test's own thread. Like
 * {@code ScheduledThreadPoolExecutor}, a periodic task that throws is not run again.
 */
public final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    private final MutableClock clock;
    private final PriorityQueue<Task<?>> queue = new PriorityQueue<>();
    private final AtomicLong sequence = new AtomicLong();
    private boolean shutdown;

    public ManualScheduler(MutableClock clock) {
        this.clock = clock;
    }

    /** Moves time forward by {@code duration}, running what falls due on the way. */
    public void advance(Duration duration) {
        Instant end = clock.instant().plus(duration);
        for (Task<?> next = nextDueBy(end); next != null; next = nextDueBy(end)) {
            if (next.due.isAfter(clock.instant())) {
                clock.advance(Duration.between(clock.instant(), next.due));
            }
            next.run();
        }
        clock.advance(Duration.between(clock.instant(), end));
    }

    /** How many tasks wait to run, periodic ones included. */
    public synchronized int pending() {
        return queue.size();
    }

    private synchronized Task<?> nextDueBy(Instant end) {
        Task<?> next = queue.peek();
        return next == null || next.due.isAfter(end) ? null : queue.poll();
    }

    private synchronized <V> Task<V> enqueue(Task<V> task) {
        if (shutdown) {
            throw new RejectedExecutionException("shut down");
        }
        queue.add(task);
        return task;
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return enqueue(new Task<>(Executors.callable(command, null), after(delay, unit), null, false));
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return enqueue(new Task<>(callable, after(delay, unit), null, false));
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return enqueue(new Task<>(
                Executors.callable(command, null),
                after(initialDelay, unit),
                Duration.of(period, unit.toChronoUnit()),
                true));
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        return enqueue(new Task<>(
                Executors.callable(command, null),
                after(initialDelay, unit),
                Duration.of(delay, unit.toChronoUnit()),
                false));
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
    }

    @Override
    public synchronized List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> waiting = new ArrayList<>(queue);
        queue.clear();
        return waiting;
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    @Override
    public synchronized boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return isTerminated();
    }

    private Instant after(long delay, TimeUnit unit) {
        return clock.instant().plus(Duration.of(delay, unit.toChronoUnit()));
    }

    private final class Task<V> extends FutureTask<V> implements ScheduledFuture<V> {

        private final Duration period;
        private final boolean fixedRate;
        private final long order = sequence.incrementAndGet();
        private Instant due;

        Task(Callable<V> callable, Instant due, Duration period, boolean fixedRate) {
            super(callable);
            this.due = due;
            this.period = period;
            this.fixedRate = fixedRate;
        }

        @Override
        public void run() {
            if (period == null) {
                super.run();
            } else if (runAndReset()) {
                due = fixedRate ? due.plus(period) : clock.instant().plus(period);
                synchronized (ManualScheduler.this) {
                    if (!shutdown) {
                        queue.add(this);
                    }
                }
            }
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            synchronized (ManualScheduler.this) {
                queue.remove(this);
            }
            return super.cancel(mayInterruptIfRunning);
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(Duration.between(clock.instant(), due));
        }

        @Override
        public int compareTo(Delayed other) {
            Task<?> task = (Task<?>) other;
            int byTime = due.compareTo(task.due);
            return byTime != 0 ? byTime : Long.compare(order, task.order);
        }
    }
}
