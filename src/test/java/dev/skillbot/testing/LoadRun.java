package dev.skillbot.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;

/** What the load runs (mains in test sources, not tests) share: workers in parallel, pacing, and quantiles. */
public final class LoadRun {

    private LoadRun() {}

    /** One worker's share of a run. */
    public interface Worker<T> {
        T run(int worker) throws Exception;
    }

    /** Runs {@code workers} workers, each on its own thread, and returns their results in worker order. */
    public static <T> List<T> inParallel(int workers, Worker<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int worker = w;
                futures.add(pool.submit(() -> work.run(worker)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Parks until {@link System#nanoTime()} reaches {@code nanoTime}: the pace of an open loop. */
    public static void parkUntil(long nanoTime) {
        for (long wait = nanoTime - System.nanoTime(); wait > 0; wait = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }

    /** A quantile of sorted nanoseconds, in milliseconds. */
    public static double millis(long[] sorted, double quantile) {
        return sorted.length == 0
                ? Double.NaN
                : sorted[(int) Math.max(0, Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1))] / 1e6;
    }

    /** {@code p50 x ms, p99 y ms, max z ms} of sorted nanoseconds. */
    public static String quantiles(long[] sorted) {
        return String.format(
                Locale.ROOT,
                "p50 %.2f ms, p99 %.2f ms, max %.2f ms",
                millis(sorted, 0.50),
                millis(sorted, 0.99),
                millis(sorted, 1.0));
    }
}
