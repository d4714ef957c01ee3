package dev.skillbot;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Hands back the memory that start-up needed and the server at rest does not: once the context is
 * refreshed and the answer path warmed up, 30–40 MiB of the heap is live, but G1 keeps the heap it
 * grew to (three to seven times that) until a full collection, and glibc keeps the malloc arenas that
 * start-up's threads freed.
 *
 * <p>One explicit collection lets the collector shrink the heap. How far is G1's {@code
 * MaxHeapFreeRatio} (70 % free by default, which still left 120 MiB committed for 35 MiB live), so for
 * that one collection the ratios are lowered to {@link #FREE_AFTER_START} through the JDK's diagnostic
 * MXBean (they are "manageable" flags, what {@code jcmd VM.set_flag} changes) and then put back: from
 * there G1 grows the heap again only as the load asks for it. The JDK's {@code System.trim_native_heap}
 * diagnostic command (what {@code jcmd} runs) returns the freed native memory. {@link IdleMemoryRelease}
 * runs it at the server's first idle moment: a plain {@code java -jar} then sits at about 175 MiB
 * resident instead of 260–270 (docs/performance.md). No JVM option is needed; {@code
 * -XX:+DisableExplicitGC} still disables the collection, and a JDK or C library without the trim skips it.
 */
final class StartupMemory {

    private static final String DIAGNOSTIC_COMMANDS = "com.sun.management:type=DiagnosticCommand";
    /** Free heap, in percent, that the one collection after start-up leaves committed at most (and at least). */
    static final int FREE_AFTER_START = 20;

    private StartupMemory() {}

    /** Collects once with a tight heap, trims the native heap; returns what it did, for the log. */
    static String release() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = memory.getHeapMemoryUsage().getCommitted();
        HeapFreeRatios.tightenedFor(memory::gc, FREE_AFTER_START);
        long after = memory.getHeapMemoryUsage().getCommitted();
        return "heap committed " + mebibytes(before) + " -> " + mebibytes(after) + " MiB; " + trimNativeHeap();
    }

    /** The JDK's {@code System.trim_native_heap}: returns glibc's free memory to the OS; what it did, for the log. */
    static String trimNativeHeap() {
        try {
            Object result = ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName(DIAGNOSTIC_COMMANDS),
                            "systemTrimNativeHeap",
                            new Object[] {null},
                            new String[] {String[].class.getName()});
            return String.valueOf(result).strip();
        } catch (JMException | RuntimeException e) {
            return "native heap not trimmed (" + e.getClass().getSimpleName() + ")";
        }
    }

    private static long mebibytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    /**
     * G1's and Serial's heap sizing bounds after a full collection, {@code MinHeapFreeRatio} and {@code
     * MaxHeapFreeRatio}, changed for one action and restored after it. The JVM refuses a minimum above the
     * maximum, hence the order of the changes. A JVM whose flags cannot be changed runs the action as it is.
     */
    static final class HeapFreeRatios {

        private static final String MIN = "MinHeapFreeRatio";
        private static final String MAX = "MaxHeapFreeRatio";

        private HeapFreeRatios() {}

        static void tightenedFor(Runnable action, int percent) {
            HotSpotDiagnosticMXBean flags;
            String min;
            String max;
            try {
                flags = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
                min = flags.getVMOption(MIN).getValue();
                max = flags.getVMOption(MAX).getValue();
            } catch (RuntimeException e) { // not HotSpot, or no such flags
                action.run();
                return;
            }
            try {
                set(flags, String.valueOf(percent), String.valueOf(percent));
                action.run();
            } finally {
                set(flags, min, max);
            }
        }

        private static void set(HotSpotDiagnosticMXBean flags, String min, String max) {
            flags.setVMOption(MIN, "0");
            flags.setVMOption(MAX, max);
            flags.setVMOption(MIN, min);
        }
    }
}
