package dev.skillbot.testing;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.LoadResult;
import java.nio.file.Path;

/** The catalog shipped in {@code skills-data/}, loaded once per test run, and copies of it to break. */
public final class BundledCatalog {

    public static final Path DIR = Path.of("skills-data");
    private static Catalog loaded;

    private BundledCatalog() {
    }

    public static synchronized Catalog get() {
        if (loaded == null) {
            LoadResult result = new CatalogLoader().load(DIR);
            loaded = result.catalog().orElseThrow(() -> new IllegalStateException("bundled catalog invalid: " + result.problems()));
        }
        return loaded;
    }

    /** A writable copy of the bundled catalog under {@code target}. */
    public static Path copyTo(Path target) {
        return FixtureCatalog.copy(DIR, target);
    }
}
