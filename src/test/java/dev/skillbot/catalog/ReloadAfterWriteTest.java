package dev.skillbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skillbot.testing.FixtureCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writers that finish together share one reload, and each is served its own write. */
class ReloadAfterWriteTest {

    @TempDir
    Path temp;

    @Test
    void writersWaitingForAReloadShareTheNextOneAndSeeTheirWrite() throws Exception {
        Path dir = FixtureCatalog.copyTo(temp.resolve("catalog"));
        try (CatalogReloader reloader = new CatalogReloader(dir, new CatalogLoader(), Duration.ofHours(1), Duration.ofHours(1),
                Clock.systemUTC()).start()) {
            AtomicInteger reloads = new AtomicInteger();
            CountDownLatch hold = new CountDownLatch(1);
            reloader.onReload(status -> {
                if (reloads.incrementAndGet() == 1) {
                    awaitQuietly(hold);
                }
            });
            Thread first = new Thread(reloader::reloadAfterWrite);
            first.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> reloads.get() == 1);

            Path file = dir.resolve("delivery/release-trains.yml");
            Files.writeString(file, Files.readString(file).replace("summary: Release Trains as a fixture for tests.", "summary: Written."));
            List<Thread> waiting = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Thread writer = new Thread(reloader::reloadAfterWrite);
                writer.start();
                waiting.add(writer);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> waiting.stream().allMatch(thread -> thread.getState() == Thread.State.BLOCKED));
            hold.countDown();
            first.join(10_000);
            for (Thread writer : waiting) {
                writer.join(10_000);
            }

            assertThat(reloads).hasValue(2);
            assertThat(reloader.current().skill("release-trains").orElseThrow().summary()).isEqualTo("Written.");
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
