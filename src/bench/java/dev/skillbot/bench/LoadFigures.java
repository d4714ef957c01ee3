package dev.skillbot.bench;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Load-and-validate time and retained heap of a large catalog. Time is the best of several
 * loads in one JVM; retained heap is the used heap with the catalog reachable minus without,
 * each after repeated full GCs.
 */
final class LoadFigures {

    record Figures(int skills, long cells, double bestLoadSeconds, double firstLoadSeconds, double retainedMegabytes) {}

    private LoadFigures() {}

    static Figures measure(int skills, int runs) {
        return measure(skills, runs, 1);
    }

    /** As {@link #measure(int, int)}, on the catalog with every text in {@code languages} languages. */
    static Figures measure(int skills, int runs, int languages) {
        Path dir = Fixtures.catalogDir(skills, languages);
        List<Double> seconds = new ArrayList<>();
        Catalog catalog = null;
        for (int run = 0; run < runs; run++) {
            catalog = null;
            long start = System.nanoTime();
            catalog = new CatalogLoader().load(dir).catalog().orElseThrow();
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        long withCatalog = usedAfterGc();
        long cells = catalog.cellCount();
        catalog = null;
        long withoutCatalog = usedAfterGc();
        double best = seconds.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        return new Figures(skills, cells, best, seconds.get(0), (withCatalog - withoutCatalog) / 1024.0 / 1024.0);
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
