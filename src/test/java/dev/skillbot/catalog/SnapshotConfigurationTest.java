package dev.skillbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.testing.FixtureCatalog;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The server writes its catalog snapshot where {@code skillbot.catalog.snapshot.file} says, and none when it is off. */
class SnapshotConfigurationTest {

    @TempDir
    Path temp;

    @Test
    void theFirstLoadWritesTheSnapshotWhereConfigured() {
        Path file = temp.resolve("data").resolve("catalog-snapshot.bin");

        start(new CatalogProperties.Snapshot(true, file));

        assertThat(file).isRegularFile();
    }

    @Test
    void anOffSnapshotIsNeitherReadNorWritten() {
        Path file = temp.resolve("data").resolve("catalog-snapshot.bin");

        start(new CatalogProperties.Snapshot(false, file));

        assertThat(file).doesNotExist();
    }

    @Test
    void theDefaultIsOnBesideTheDatabase() {
        new ApplicationContextRunner()
                .withUserConfiguration(Properties.class)
                .run(context -> assertThat(
                                context.getBean(CatalogProperties.class).snapshot())
                        .isEqualTo(new CatalogProperties.Snapshot(true, Path.of("data/catalog-snapshot.bin"))));
    }

    private void start(CatalogProperties.Snapshot snapshot) {
        Path dir = FixtureCatalog.copyTo(temp.resolve("catalog"));
        CatalogContexts.on(dir, snapshot).run(context -> assertThat(context).hasNotFailed());
    }

    @org.springframework.boot.context.properties.EnableConfigurationProperties(CatalogProperties.class)
    static class Properties {}
}
