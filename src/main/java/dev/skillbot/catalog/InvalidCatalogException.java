package dev.skillbot.catalog;

import java.nio.file.Path;
import java.util.List;

/** The catalog could not be loaded at all; every problem is in the message. */
public final class InvalidCatalogException extends RuntimeException {

    private final transient Path dir;
    private final transient List<Problem> problems;

    public InvalidCatalogException(Path dir, List<Problem> problems) {
        super(ProblemReport.headline(dir.toAbsolutePath(), problems) + ":" + System.lineSeparator()
                + String.join(
                        System.lineSeparator(),
                        problems.stream().map(Problem::toString).toList()));
        this.dir = dir;
        this.problems = List.copyOf(problems);
    }

    public Path dir() {
        return dir;
    }

    public List<Problem> problems() {
        return problems;
    }
}
