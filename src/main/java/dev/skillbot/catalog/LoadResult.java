package dev.skillbot.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of loading a catalog directory: a catalog when, and only when, no problem was found.
 * {@code missing} lists the translations a {@link TranslationCheck} asked for and did not find
 * (they are problems instead when the check is strict).
 */
public record LoadResult(Optional<Catalog> catalog, List<Problem> problems, List<Problem> missing) {

    public LoadResult {
        problems = problems.stream().sorted().toList();
        missing = missing.stream().sorted().toList();
    }

    public LoadResult(Optional<Catalog> catalog, List<Problem> problems) {
        this(catalog, problems, List.of());
    }

    public boolean valid() {
        return catalog.isPresent();
    }
}
