package dev.skillbot.bench;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.me.ChecklistIndex;
import java.lang.management.ManagementFactory;

/**
 * Prints {@code checklists <count> <retained MB>}: the heap the promotion checklists of every role
 * and neighbouring pair of levels of the 10k-skill catalog keep, used heap with them minus without.
 */
public final class MeHeapMain {

    private MeHeapMain() {}

    public static void main(String[] args) {
        Catalog catalog = Fixtures.load(10_000);
        long without = usedAfterGc();
        ChecklistIndex index = new ChecklistIndex();
        for (Role role : catalog.roles()) {
            for (Level from : catalog.levels()) {
                catalog.next(from).ifPresent(to -> index.get(catalog, role, from, to));
            }
        }
        long with = usedAfterGc();
        int checklists = catalog.roles().size() * (catalog.levels().size() - 1);
        System.out.printf(
                java.util.Locale.ROOT, "checklists %d %.1f%n", checklists, (with - without) / 1024.0 / 1024.0);
        System.out.println(index.hashCode() + catalog.revision().length());
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
