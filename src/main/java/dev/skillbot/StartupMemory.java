package dev.skillbot;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Hands back the memory that start-up needed and the server at rest does not: once the context is
 * refreshed and the answer path warmed up, about 30 MiB of the heap is live, but G1 keeps the heap it
 * grew to (three to seven times that) until a full collection, and glibc keeps the malloc arenas that
 * start-up's threads freed. One explicit collection lets the collector shrink the heap within its own
 * limits ({@code MaxHeapFreeRatio}, untouched), and the JDK's {@code System.trim_native_heap}
 * diagnostic command (what {@code jcmd} runs) returns the freed native memory: about 80 MiB less
 * resident memory at idle for a plain {@code java -jar} (docs/performance.md). No JVM option is set;
 * {@code -XX:+DisableExplicitGC} still disables the collection, and a JDK or C library without the
 * trim skips it.
 */
final class StartupMemory {

    private static final String DIAGNOSTIC_COMMANDS = "com.sun.management:type=DiagnosticCommand";

    private StartupMemory() {}

    /** Collects once and trims the native heap; returns what it did, for the log. */
    static String release() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = memory.getHeapMemoryUsage().getCommitted();
        memory.gc();
        long after = memory.getHeapMemoryUsage().getCommitted();
        return "heap committed " + mebibytes(before) + " -> " + mebibytes(after) + " MiB; " + trimNativeHeap();
    }

    private static String trimNativeHeap() {
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
}
