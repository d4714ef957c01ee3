package dev.skillbot.bench;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.LoadResult;
import dev.skillbot.testing.SyntheticCatalog;
import java.nio.file.Files;
import java.nio.file.Path;

/** Synthetic catalogs under {@code target/bench-catalogs}, written once and reused between runs. */
public final class Fixtures {

    private Fixtures() {}

    public static Path catalogDir(int skills) {
        return catalogDir(skills, 1);
    }

    /** The synthetic catalog of {@code skills} skills, every text in English only (1) or in English and Chinese (2). */
    public static Path catalogDir(int skills, int languages) {
        Path dir = Path.of("target", "bench-catalogs", skills + (languages > 1 ? "-" + languages + "-languages" : ""));
        if (!Files.exists(dir.resolve("domains.yml"))) {
            SyntheticCatalog.Spec spec = SyntheticCatalog.Spec.of(skills);
            SyntheticCatalog.write(dir, languages > 1 ? spec.bilingual() : spec);
        }
        return dir;
    }

    public static Catalog load(int skills) {
        LoadResult result = new CatalogLoader().load(catalogDir(skills));
        return result.catalog()
                .orElseThrow(() -> new IllegalStateException(result.problems().toString()));
    }

    static Catalog bundled() {
        return new CatalogLoader().load(Path.of("skills-data")).catalog().orElseThrow();
    }
}
