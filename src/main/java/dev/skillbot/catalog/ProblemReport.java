package dev.skillbot.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** How the command line reports a catalog that could not be loaded: a missing folder is not an invalid catalog. */
public final class ProblemReport {

    private ProblemReport() {}

    /** Whether {@code problems} only say that the catalog's directory is not there. */
    public static boolean onlyNoSuchDirectory(List<Problem> problems) {
        return problems.size() == 1 && problems.get(0).message().equals(Problem.NO_SUCH_DIRECTORY);
    }

    /** What is wrong with the catalog in {@code dir}, in a few words. */
    public static String headline(Path dir, List<Problem> problems) {
        return onlyNoSuchDirectory(problems)
                ? "There is no catalog in " + dir
                : "The catalog in " + dir + " is invalid";
    }

    /** The command line's lines: what is wrong with the catalog in {@code dir}, then each problem. */
    public static List<String> lines(Path dir, List<Problem> problems) {
        if (onlyNoSuchDirectory(problems)) {
            return List.of(headline(dir, problems)
                    + ": no such directory (give its folder with --catalog DIR or SKILLBOT_CATALOG_DIR).");
        }
        List<String> lines = new ArrayList<>();
        lines.add(headline(dir, problems) + ":");
        problems.forEach(problem -> lines.add(problem.toString()));
        return lines;
    }
}
