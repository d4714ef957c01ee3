package dev.skillbot.discord;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.LoadResult;
import dev.skillbot.testing.BundledCatalog;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.SyntheticCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.util.FileSystemUtils;

/**
 * Catalogs for Discord tests: the fixture catalog (what tests look up), the bundled one (only for
 * checks that every card of the shipped catalog fits Discord), and synthetic ones written to a
 * temporary folder.
 */
final class TestCatalogs {

    private static final Catalog FIXTURE = FixtureCatalog.load();
    private static Catalog tenThousand;

    private TestCatalogs() {}

    static Catalog fixture() {
        return FIXTURE;
    }

    static Catalog bundled() {
        return BundledCatalog.get();
    }

    /**
     * One synthetic catalog of 10,000 skills for the whole test run, written and loaded once: a catalog is immutable,
     * and writing and loading it took 10 s for each test that used one.
     */
    static synchronized Catalog tenThousandSkills() {
        if (tenThousand == null) {
            try {
                Path dir = Files.createTempDirectory("synthetic-10k-");
                tenThousand = synthetic(dir, SyntheticCatalog.Spec.of(10_000));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(dir.toFile())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tenThousand;
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
