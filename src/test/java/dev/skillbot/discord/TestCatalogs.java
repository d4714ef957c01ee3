package dev.skillbot.discord;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.LoadResult;
import dev.skillbot.testing.SyntheticCatalog;
import java.nio.file.Path;

/** Catalogs for Discord tests: the bundled one and synthetic ones written to a temporary folder. */
final class TestCatalogs {

    private TestCatalogs() {
    }

    static Catalog bundled() {
        return load(Path.of("skills-data"));
    }

    static Catalog synthetic(Path dir, SyntheticCatalog.Spec spec) {
        return load(SyntheticCatalog.write(dir, spec));
    }

    private static Catalog load(Path dir) {
        LoadResult result = new CatalogLoader().load(dir);
        return result.catalog().orElseThrow(() -> new IllegalStateException("invalid catalog " + dir + ": " + result.problems()));
    }
}
