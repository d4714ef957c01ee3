package dev.skillbot.bench;

/**
 * Prints {@code load <skills> <first s> <best s> <retained MB>} for one synthetic catalog, in a JVM of its own; a second
 * argument {@code 2} loads the catalog with every text in English and Chinese.
 */
public final class LoadMain {

    private LoadMain() {}

    public static void main(String[] args) {
        LoadFigures.Figures figures =
                LoadFigures.measure(Integer.parseInt(args[0]), 3, args.length > 1 ? Integer.parseInt(args[1]) : 1);
        System.out.printf(
                java.util.Locale.ROOT,
                "load %d %.3f %.3f %.1f%n",
                figures.skills(),
                figures.firstLoadSeconds(),
                figures.bestLoadSeconds(),
                figures.retainedMegabytes());
    }
}
