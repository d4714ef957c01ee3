package dev.skillbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.skillbot.testing.BundledCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogReloaderTest {

    private static final String GITOPS = "devops-ci-cd/gitops-practices.yml";
    private static final String SENIOR_DEVOPS = "Designs GitOps architecture:";

    @TempDir
    Path temp;
    private CatalogReloader reloader;

    @AfterEach
    void close() {
        if (reloader != null) {
            reloader.close();
        }
    }

    @Test
    void anEditIsServedWithinTwoSecondsWithoutARestart() throws IOException {
        Path dir = BundledCatalog.copyTo(temp.resolve("catalog"));
        reloader = start(dir);
        String before = reloader.current().revision();

        edit(dir, SENIOR_DEVOPS, "Designs reconciled GitOps architecture:");

        await().atMost(Duration.ofSeconds(2)).until(() -> seniorDevops().startsWith("Designs reconciled GitOps architecture:"));
        assertThat(reloader.current().revision()).isNotEqualTo(before);
        assertThat(reloader.status().succeeded()).isTrue();
    }

    @Test
    void aBrokenEditIsReportedAndTheLastGoodCatalogKeepsServing() throws IOException {
        Path dir = BundledCatalog.copyTo(temp.resolve("catalog"));
        reloader = start(dir);
        Catalog good = reloader.current();

        edit(dir, "required: true", "required: maybe");

        await().atMost(Duration.ofSeconds(2)).until(() -> !reloader.status().succeeded());
        assertThat(reloader.current()).isSameAs(good);
        assertThat(reloader.status().servingRevision()).isEqualTo(good.revision());
        assertThat(reloader.status().problems()).anyMatch(problem -> problem.toString().contains("required must be true or false"));

        edit(dir, "required: maybe", "required: true");
        await().atMost(Duration.ofSeconds(2)).until(() -> reloader.status().succeeded());
        assertThat(reloader.current().revision()).isEqualTo(good.revision());
    }

    @Test
    void periodicChecksCatchEditsWithoutFileEvents() throws IOException {
        Path dir = BundledCatalog.copyTo(temp.resolve("catalog"));
        reloader = start(dir);
        reloader.close(); // stops watching and polling: reloadNow is the periodic check's own step
        edit(dir, SENIOR_DEVOPS, "Designs polled GitOps architecture:");
        assertThat(reloader.reloadNow().succeeded()).isTrue();
        assertThat(seniorDevops()).startsWith("Designs polled GitOps architecture:");
    }

    @Test
    void anInvalidCatalogAtStartUpStopsWithEveryProblem() throws IOException {
        Path dir = BundledCatalog.copyTo(temp.resolve("catalog"));
        edit(dir, "group: GitOps", "group: 12");
        CatalogReloader broken = new CatalogReloader(dir, new CatalogLoader(), Duration.ofMillis(100), Duration.ofMillis(50), Clock.systemUTC());
        assertThatThrownBy(broken::start).isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("gitops-practices.yml:6: group must be text, found a number '12'");
        broken.close();
    }

    private CatalogReloader start(Path dir) {
        return new CatalogReloader(dir, new CatalogLoader(), Duration.ofMillis(200), Duration.ofMillis(50), Clock.systemUTC()).start();
    }

    private String seniorDevops() {
        Catalog catalog = reloader.current();
        return catalog.skill("gitops-practices").orElseThrow()
                .expectation(catalog.level("senior").orElseThrow(), "devops").orElseThrow().text();
    }

    private static void edit(Path dir, String from, String to) throws IOException {
        Path file = dir.resolve(GITOPS);
        String yaml = Files.readString(file);
        assertThat(yaml).contains(from);
        Files.writeString(file, yaml.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }
}
