package dev.skillbot.bench;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Load-and-validate time and retained heap of a large catalog. Time is the best of several
 * loads in one JVM; retained heap is the used heap with the catalog reachable minus without,
 * each after repeated full GCs. The first load's CPU (every thread of the process: the JIT and GC
 * too) and allocation (every thread) do not depend on what else the machine runs, unlike its time.
 * The last load's loader then loads the unchanged catalog again, as a reload does.
 */
final class LoadFigures {

    record Figures(
            int skills,
            long cells,
            double bestLoadSeconds,
            double firstLoadSeconds,
            double retainedMegabytes,
            Cost first,
            Cost last,
            Cost reload) {}

    /** Wall time, process CPU and bytes allocated by all threads of one load. */
    record Cost(double seconds, double cpuSeconds, double allocatedMegabytes) {}

    private LoadFigures() {}

    /**
     * {@code runs} loads of the catalog of {@code skills} skills with every text in {@code languages}
     * languages, each by a new loader that reads (and, when it is missing or stale, writes) the node
     * snapshot in {@code snapshot} when that is not null.
     */
    static Figures measure(int skills, int runs, int languages, Path snapshot) {
        Loads loads = loads(Fixtures.catalogDir(skills, languages), runs, snapshot);
        long withCatalog = usedAfterGc();
        long cells = loads.catalog().cellCount();
        List<Cost> costs = loads.costs();
        Cost reload = loads.reload();
        loads = null;
        long withoutCatalog = usedAfterGc();
        double best = costs.stream().mapToDouble(Cost::seconds).min().orElseThrow();
        return new Figures(
                skills,
                cells,
                best,
                costs.get(0).seconds(),
                (withCatalog - withoutCatalog) / 1024.0 / 1024.0,
                costs.get(0),
                costs.get(costs.size() - 1),
                reload);
    }

    /** The last catalog loaded: nothing else, its loader's memo included, stays reachable once this returns. */
    private record Loads(Catalog catalog, List<Cost> costs, Cost reload) {}

    private static Loads loads(Path dir, int runs, Path snapshot) {
        List<Cost> costs = new ArrayList<>();
        CatalogLoader loader = null;
        for (int run = 0; run < runs; run++) {
            loader = snapshot == null ? new CatalogLoader() : new CatalogLoader().snapshotIn(snapshot);
            CatalogLoader current = loader;
            costs.add(cost(() -> current.load(dir).catalog().orElseThrow()));
        }
        CatalogLoader reloading = loader;
        Cost reload = cost(() -> reloading.load(dir).catalog().orElseThrow());
        return new Loads(reloading.load(dir).catalog().orElseThrow(), costs, reload);
    }

    private static Cost cost(Runnable load) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long allocated = allocated();
        long start = System.nanoTime();
        load.run();
        long nanos = System.nanoTime() - start;
        return new Cost(nanos / 1e9, (os.getProcessCpuTime() - cpu) / 1e9, (allocated() - allocated) / 1e6);
    }

    /** Bytes allocated so far by the threads alive now: the loads' threads (the common pool's) stay alive. */
    private static long allocated() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return Arrays.stream(threads.getThreadAllocatedBytes(threads.getAllThreadIds()))
                .filter(bytes -> bytes > 0)
                .sum();
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
