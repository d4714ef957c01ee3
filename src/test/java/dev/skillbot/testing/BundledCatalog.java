package dev.skillbot.testing;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.LoadResult;
import java.nio.file.Path;

/**
 * The catalog shipped in {@code skills-data/}, loaded once per test run. Product content that teams
 * edit: only the tests whose point is the bundled catalog itself read it (the seed skill word for
 * word, validity, every card of it fitting each platform) and the benchmarks. Every other test uses
 * {@link FixtureCatalog}.
 */
public final class BundledCatalog {

    public static final Path DIR = Path.of("skills-data");
    private static Catalog loaded;

    private BundledCatalog() {}

    public static synchronized Catalog get() {
        if (loaded == null) {
            LoadResult result = new CatalogLoader().load(DIR);
            loaded = result.catalog()
                    .orElseThrow(() -> new IllegalStateException("bundled catalog invalid: " + result.problems()));
        }
        return loaded;
    }
}
