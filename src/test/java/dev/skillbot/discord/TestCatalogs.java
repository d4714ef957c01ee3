package dev.skillbot.discord;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.LoadResult;
import dev.skillbot.testing.BundledCatalog;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.SyntheticCatalog;
import java.nio.file.Path;

/**
 * Catalogs for Discord tests: the fixture catalog (what tests look up), the bundled one (only for
 * checks that every card of the shipped catalog fits Discord), and synthetic ones written to a
 * temporary folder.
 */
final class TestCatalogs {

    private static final Catalog FIXTURE = FixtureCatalog.load();

    private TestCatalogs() {}

    static Catalog fixture() {
        return FIXTURE;
    }

    static Catalog bundled() {
        return BundledCatalog.get();
    }

    static Catalog synthetic(Path dir, SyntheticCatalog.Spec spec) {
        return load(SyntheticCatalog.write(dir, spec));
    }

    private static Catalog load(Path dir) {
        LoadResult result = new CatalogLoader().load(dir);
        return result.catalog()
                .orElseThrow(() -> new IllegalStateException("invalid catalog " + dir + ": " + result.problems()));
    }
}
