package dev.skillbot;

import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands memory back when the server goes idle, judged by the process's own CPU time: a tick (every
 * few seconds, {@link CoreConfiguration}) that finds the process used less than {@link #IDLE_SHARE} of
 * one core since the previous tick counts as idle.
 *
 * <p>The first idle tick after start runs the full release ({@link StartupMemory#release()}: one
 * collection with a tight heap, then a native-heap trim). Running it at the first quiet moment rather
 * than straight after the answer warm-up matters: the first probes, the Git drift reading and the JIT
 * compiling the warm-up's code keep allocating for a few seconds after it, and G1 grew the heap back
 * from 48 to over 200 MiB when the release came that early. After that, an idle tick trims the native heap
 * again once the process has spent {@link #WORK_BEFORE_TRIM} of CPU since the last trim (glibc keeps what
 * the compiler and request threads freed: 16–30 MiB measured a few seconds after the release), which is
 * what the image's {@code -XX:TrimNativeHeapInterval} does for a JVM started with it. Under steady load
 * no tick is idle, so request latency never meets a collection or a trim.
 */
final class IdleMemoryRelease implements Runnable {

    /** Idle: less than this share of one core used between two ticks. */
    static final double IDLE_SHARE = 0.1;
    /** CPU time the process spends between two trims at the least: an idle server trims about once a minute. */
    static final long WORK_BEFORE_TRIM = TimeUnit.MILLISECONDS.toNanos(100);

    private static final Logger log = LoggerFactory.getLogger(IdleMemoryRelease.class);

    private final LongSupplier processCpuNanos;
    private final LongSupplier nanoTime;
    private final Runnable release;
    private final Runnable trim;
    private long lastCpu;
    private long lastTick;
    private boolean released;
    private long cpuSinceTrim;

    IdleMemoryRelease(LongSupplier processCpuNanos, LongSupplier nanoTime, Runnable release, Runnable trim) {
        this.processCpuNanos = processCpuNanos;
        this.nanoTime = nanoTime;
        this.release = release;
        this.trim = trim;
        this.lastCpu = processCpuNanos.getAsLong();
        this.lastTick = nanoTime.getAsLong();
    }

    /** Releases after start-up and trims after busy periods, logging what was done. */
    static IdleMemoryRelease forThisProcess() {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new IdleMemoryRelease(
                os::getProcessCpuTime,
                System::nanoTime,
                () -> log.info("Released start-up's memory: {}", StartupMemory.release()),
                () -> log.debug("Idle again: {}", StartupMemory.trimNativeHeap()));
    }

    /** One tick; called by one thread at a time. */
    @Override
    public void run() {
        long cpu = processCpuNanos.getAsLong();
        long now = nanoTime.getAsLong();
        boolean idle = cpu - lastCpu < IDLE_SHARE * (now - lastTick);
        cpuSinceTrim += cpu - lastCpu;
        lastCpu = cpu;
        lastTick = now;
        if (!idle) {
            return;
        }
        if (!released) {
            released = true;
            cpuSinceTrim = 0;
            runSafely(release);
        } else if (cpuSinceTrim >= WORK_BEFORE_TRIM) {
            cpuSinceTrim = 0;
            runSafely(trim);
        }
    }

    /** A failure is logged, and the next tick runs as usual (a periodic task that throws is not run again). */
    private static void runSafely(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            log.warn("Could not hand memory back: {}", e.toString());
        }
    }
}
