package dev.skillbot.bench;

import java.nio.file.Path;

/**
 * Prints {@code load <skills> <first s> <best s> <retained MB> <first CPU s> <first allocated MB>
 * <last CPU s> <last allocated MB> <reload s> <reload CPU s> <reload allocated MB>} for one synthetic catalog, in a JVM of its own.
 * Arguments: skills; {@code 2} to load the catalog with every text in English and Chinese; and a
 * catalog snapshot file to read and write (a restart finds it written by the last start), or none.
 */
public final class LoadMain {

    private LoadMain() {}

    public static void main(String[] args) {
        LoadFigures.Figures figures = LoadFigures.measure(
                Integer.parseInt(args[0]),
                3,
                args.length > 1 ? Integer.parseInt(args[1]) : 1,
                args.length > 2 ? Path.of(args[2]) : null);
        System.out.printf(
                java.util.Locale.ROOT,
                "load %d %.3f %.3f %.1f %.3f %.1f %.3f %.1f %.3f %.3f %.1f%n",
                figures.skills(),
                figures.firstLoadSeconds(),
                figures.bestLoadSeconds(),
                figures.retainedMegabytes(),
                figures.first().cpuSeconds(),
                figures.first().allocatedMegabytes(),
                figures.last().cpuSeconds(),
                figures.last().allocatedMegabytes(),
                figures.reload().seconds(),
                figures.reload().cpuSeconds(),
                figures.reload().allocatedMegabytes());
    }
}
