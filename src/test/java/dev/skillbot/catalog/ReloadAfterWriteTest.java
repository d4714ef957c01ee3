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
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch hold = new CountDownLatch(1);
        // Naming a loaded snapshot's revision happens inside the reload, under the reloader's lock: the
        // first reload after start-up (the second load) waits there until the writers queue behind it.
        CatalogLoader heldSecondLoad = new CatalogLoader(revision -> {
            if (loads.incrementAndGet() == 2) {
                awaitQuietly(hold);
            }
            return revision;
        });
        try (CatalogReloader reloader = new CatalogReloader(
                        dir, heldSecondLoad, Duration.ofHours(1), Duration.ofHours(1), Clock.systemUTC())
                .start()) {
            Thread first = new Thread(reloader::reloadAfterWrite);
            first.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> loads.get() == 2);

            Path file = dir.resolve("delivery/release-trains.yml");
            Files.writeString(
                    file,
                    Files.readString(file)
                            .replace("summary: Release Trains as a fixture for tests.", "summary: Written."));
            List<Thread> waiting = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Thread writer = new Thread(reloader::reloadAfterWrite);
                writer.start();
                waiting.add(writer);
            }
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> waiting.stream().allMatch(thread -> thread.getState() == Thread.State.BLOCKED));
            hold.countDown();
            first.join(10_000);
            for (Thread writer : waiting) {
                writer.join(10_000);
            }

            assertThat(loads)
                    .as("the load at start-up, the held reload and one shared by the five writers")
                    .hasValue(3);
            assertThat(reloader.current().skill("release-trains").orElseThrow().summary())
                    .isEqualTo("Written.");
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
