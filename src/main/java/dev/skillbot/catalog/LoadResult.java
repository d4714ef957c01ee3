package dev.skillbot.catalog;

import java.util.List;
import java.util.Optional;

/** The outcome of loading a catalog directory: a catalog when, and only when, no problem was found. */
public record LoadResult(Optional<Catalog> catalog, List<Problem> problems) {

    public LoadResult {
        problems = problems.stream().sorted().toList();
    }

    public boolean valid() {
        return catalog.isPresent();
    }
}
