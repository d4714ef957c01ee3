package dev.skillbot.testing;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.LoadResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

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
        try (Stream<Path> files = Files.walk(DIR)) {
            for (Path source : files.toList()) {
                Path destination = target.resolve(DIR.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
