package dev.skillbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skillbot.testing.FixtureCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Reload listeners hear every reload on threads of their own: one that blocks or throws holds up
 * no reload and no other listener, and each hears the reloads in the order they happened.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReloadListenersTest {

    @TempDir
    Path temp;

    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseTheBlockedListener() {
        release.countDown();
    }

    @Test
    void aBlockedListenerDelaysNeitherTheNextReloadNorTheOtherListeners() throws IOException {
        Path dir = FixtureCatalog.copyTo(temp.resolve("catalog"));
        AtomicBoolean entered = new AtomicBoolean();
        AtomicBoolean returned = new AtomicBoolean();
        CatalogReloadListener blocked = status -> {
            entered.set(true);
            awaitQuietly(release);
            returned.set(true);
        };
        Heard other = new Heard();
        try (CatalogReloader reloader = started(dir, blocked, other)) {
            summary(dir, "First.");
            ReloadStatus first = reloader.reloadNow();
            await().atMost(Duration.ofSeconds(10)).untilTrue(entered);
            summary(dir, "Second.");
            ReloadStatus second = reloader.reloadNow();

            assertThat(reloader.current()
                            .skill(FixtureCatalog.RELEASE_TRAINS)
                            .orElseThrow()
                            .summary())
                    .isEqualTo("Second.");
            await().atMost(Duration.ofSeconds(10)).until(() -> other.statuses.size() == 2);
            assertThat(other.statuses).containsExactly(first, second);
            assertThat(returned).as("the blocked listener is still blocked").isFalse();
        }
    }

    @Test
    void aFailingListenerStopsNeitherTheOthersNorTheReload(CapturedOutput output) throws IOException {
        Path dir = FixtureCatalog.copyTo(temp.resolve("catalog"));
        CatalogReloadListener failing = status -> {
            throw new IllegalStateException("listener broke");
        };
        Heard other = new Heard();
        try (CatalogReloader reloader = started(dir, failing, other)) {
            summary(dir, "Edited.");
            ReloadStatus edited = reloader.reloadNow();
            ReloadStatus again = reloader.reloadNow();

            await().atMost(Duration.ofSeconds(10)).until(() -> other.statuses.size() == 2);
            assertThat(other.statuses).containsExactly(edited, again);
            assertThat(edited.succeeded()).isTrue();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> output.toString()
                                    .lines()
                                    .filter(line -> line.contains("WARN")
                                            && Stream.of("A catalog reload listener", "failed", "listener broke")
                                                    .allMatch(line::contains))
                                    .count()
                            == 2);
        }
    }

    @Test
    void eachListenerHearsEveryReloadInTheOrderTheyHappened() throws IOException {
        Path dir = FixtureCatalog.copyTo(temp.resolve("catalog"));
        Heard one = new Heard();
        Heard two = new Heard();
        try (CatalogReloader reloader = started(dir, one, two)) {
            List<ReloadStatus> reloads = new CopyOnWriteArrayList<>();
            for (String summary : List.of("One.", "Two.", "Three.")) {
                summary(dir, summary);
                reloads.add(reloader.reloadNow());
            }
            Files.writeString(dir.resolve("levels.yml"), "broken: [");
            reloads.add(reloader.reloadNow());

            await().atMost(Duration.ofSeconds(10)).until(() -> one.statuses.size() == 4 && two.statuses.size() == 4);
            assertThat(one.statuses).containsExactlyElementsOf(reloads);
            assertThat(two.statuses).containsExactlyElementsOf(reloads);
            assertThat(reloads).extracting(ReloadStatus::succeeded).containsExactly(true, true, true, false);
        }
    }

    @Test
    void reloadsBeforeTheListenersAreOpenedAreToldWhenTheyAre() throws IOException {
        Path dir = FixtureCatalog.copyTo(temp.resolve("catalog"));
        Heard heard = new Heard();
        ReloadNotifier notifier = new ReloadNotifier(() -> List.of(heard));
        try (CatalogReloader reloader = new CatalogReloader(
                        dir, new CatalogLoader(), Duration.ofHours(1), Duration.ofHours(1), Clock.systemUTC(), notifier)
                .start()) {
            ReloadStatus early = reloader.reloadNow();
            assertThat(heard.statuses).isEmpty();

            notifier.open();
            await().atMost(Duration.ofSeconds(10)).until(() -> heard.statuses.size() == 1);
            assertThat(heard.statuses).containsExactly(early);
        }
    }

    /** The application's wiring: listener beans in {@code @Order}, whatever their declaration order, some needing the reloader. */
    @Test
    void theApplicationTellsEveryListenerBeanInItsOrder(CapturedOutput output) {
        Path dir = FixtureCatalog.copyTo(temp.resolve("catalog"));
        CatalogContexts.on(dir, new CatalogProperties.Snapshot(false, temp.resolve("snapshot.bin")), Listeners.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    ReloadStatus reload = context.getBean(CatalogReloader.class).reloadNow();

                    Needing needing = context.getBean(Needing.class);
                    await().atMost(Duration.ofSeconds(10)).until(() -> needing.statuses.size() == 1);
                    assertThat(needing.statuses).containsExactly(reload);
                    assertThat(output).contains("Catalog reloads are told, in this order, to: First, Needing, Last");
                });
    }

    private static CatalogReloader started(Path dir, CatalogReloadListener... listeners) {
        ReloadNotifier notifier = new ReloadNotifier(() -> List.of(listeners));
        notifier.open();
        return new CatalogReloader(
                        dir, new CatalogLoader(), Duration.ofHours(1), Duration.ofHours(1), Clock.systemUTC(), notifier)
                .start();
    }

    private static void summary(Path dir, String summary) throws IOException {
        Path file = dir.resolve("delivery/release-trains.yml");
        String text = Files.readString(file)
                .lines()
                .map(line -> line.startsWith("summary: ") ? "summary: " + summary : line)
                .reduce("", (all, line) -> all + line + "\n");
        Files.writeString(file, text);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Keeps what it heard. */
    static class Heard implements CatalogReloadListener {

        final List<ReloadStatus> statuses = new CopyOnWriteArrayList<>();

        @Override
        public void catalogReloaded(ReloadStatus status) {
            statuses.add(status);
        }
    }

    static final class First extends Heard {}

    static final class Last extends Heard {}

    /** A listener that needs the reloader, as the application's do. */
    static final class Needing extends Heard {

        Needing(CatalogReloader reloader) {
            assertThat(reloader.current()).isNotNull();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Listeners {

        @Bean
        @Order(3)
        Last last() {
            return new Last();
        }

        @Bean
        @Order(2)
        Needing needing(CatalogReloader reloader) {
            return new Needing(reloader);
        }

        @Bean
        @Order(1)
        First first() {
            return new First();
        }
    }
}
