package dev.skillbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.ManualScheduler;
import dev.skillbot.testing.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Edits are served without a restart: from file events after the debounce, and from the periodic
 * check, which also takes over when file events fail. Time is a {@link ManualScheduler}'s, except in
 * the one test of the platform's file events.
 */
@ExtendWith(OutputCaptureExtension.class)
class CatalogReloaderTest {

    private static final String CANARY = "build-deploy/canary-releases.yml";
    private static final String SENIOR_DEVOPS = "Designs canary analysis:";
    private static final Duration POLL = Duration.ofSeconds(10);
    private static final Duration DEBOUNCE = Duration.ofMillis(300);
    private static final Duration JUST_BEFORE = Duration.ofMillis(1);

    @TempDir
    Path temp;

    private Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-17T09:00:00Z"));
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private CatalogReloader reloader;

    @BeforeEach
    void copyCatalog() {
        dir = FixtureCatalog.copyTo(temp.resolve("catalog"));
    }

    @AfterEach
    void close() {
        if (reloader != null) {
            reloader.close();
        }
    }

    @Test
    void theFileWatcherServesAnEditWithoutARestart() throws IOException {
        // No periodic check within the test: only a file event can bring the edit in.
        reloader = new CatalogReloader(
                        dir, new CatalogLoader(), Duration.ofHours(1), Duration.ofMillis(50), Clock.systemUTC())
                .start();
        String before = reloader.current().revision();

        edit(SENIOR_DEVOPS, "Designs reconciled canary analysis:");

        await().until(() -> seniorDevops().startsWith("Designs reconciled canary analysis:"));
        assertThat(reloader.current().revision()).isNotEqualTo(before);
        assertThat(reloader.status().succeeded()).isTrue();
    }

    @Test
    void aFileEventReloadsOnceTheDebounceHasPassed() throws Exception {
        ScriptedEvents events = new ScriptedEvents();
        reloader = start(events);

        edit(SENIOR_DEVOPS, "Designs debounced canary analysis:");
        events.fire();
        await().until(() -> scheduler.pending() == 2); // the periodic check and the debounced reload

        scheduler.advance(DEBOUNCE.minus(JUST_BEFORE));
        assertThat(seniorDevops()).startsWith(SENIOR_DEVOPS);
        scheduler.advance(JUST_BEFORE);
        assertThat(seniorDevops()).startsWith("Designs debounced canary analysis:");
        assertThat(events.registered)
                .contains(dir, dir.resolve("build-deploy"))
                .noneMatch(path -> path.toString().contains(".git"));
    }

    @Test
    void thePeriodicCheckServesAnEditWithoutFileEvents() throws IOException {
        reloader = start(new ScriptedEvents());

        edit(SENIOR_DEVOPS, "Designs polled canary analysis:");
        scheduler.advance(POLL.minus(JUST_BEFORE));
        assertThat(seniorDevops()).startsWith(SENIOR_DEVOPS);
        scheduler.advance(JUST_BEFORE);
        assertThat(seniorDevops()).startsWith("Designs polled canary analysis:");

        edit("Designs polled canary analysis:", "Designs twice polled canary analysis:");
        scheduler.advance(POLL);
        assertThat(seniorDevops()).startsWith("Designs twice polled canary analysis:");
    }

    @Test
    void aBrokenEditIsReportedAndTheLastGoodCatalogKeepsServing() throws IOException {
        reloader = start(new ScriptedEvents());
        Catalog good = reloader.current();

        edit("required: true", "required: maybe");
        scheduler.advance(POLL);

        assertThat(reloader.status().succeeded()).isFalse();
        assertThat(reloader.current()).isSameAs(good);
        assertThat(reloader.status().servingRevision()).isEqualTo(good.revision());
        assertThat(reloader.status().problems())
                .anyMatch(problem -> problem.toString().contains("required must be true or false"));

        edit("required: maybe", "required: true");
        scheduler.advance(POLL);
        assertThat(reloader.status().succeeded()).isTrue();
        assertThat(reloader.current().revision()).isEqualTo(good.revision());
    }

    @Test
    void whenFileEventsCannotStartThePeriodicCheckServesEdits(CapturedOutput output) throws IOException {
        reloader = start(folder -> {
            throw new IOException("User limit of inotify instances reached");
        });
        assertWarned(
                output,
                "No file events for " + dir,
                "User limit of inotify instances reached",
                "checking every PT10S instead");

        assertThePeriodicCheckServesAnEdit();
    }

    @Test
    void aFolderThatCannotBeWatchedLeavesThePeriodicCheck(CapturedOutput output) throws IOException {
        ScriptedEvents events = new ScriptedEvents() {
            @Override
            public void register(Path folder) {
                throw new ProviderMismatchException();
            }
        };
        reloader = start(events);
        assertWarned(output, "No file events for " + dir, "ProviderMismatchException");

        assertThePeriodicCheckServesAnEdit();
    }

    @Test
    void whenFileEventsStopThePeriodicCheckServesEdits(CapturedOutput output) throws IOException {
        ScriptedEvents events = new ScriptedEvents();
        reloader = start(events);
        events.fail(new IllegalStateException("watch service broke"));
        await().until(() -> output.toString().contains("Stopped watching " + dir));
        assertWarned(output, "Stopped watching " + dir, "watch service broke", "checking every PT10S instead");

        assertThePeriodicCheckServesAnEdit();
    }

    @Test
    void aFailingCheckIsLoggedAndTheNextOneRunsAgain(CapturedOutput output) throws IOException {
        AtomicBoolean failNext = new AtomicBoolean();
        // Revision naming asks the catalog's origin (Git in production), which may throw anything.
        CatalogLoader loader = new CatalogLoader(hash -> {
            if (failNext.getAndSet(false)) {
                throw new IllegalStateException("disk on fire");
            }
            return hash;
        });
        reloader = new CatalogReloader(dir, loader, POLL, DEBOUNCE, clock, scheduler, new ScriptedEvents()).start();

        failNext.set(true);
        edit(SENIOR_DEVOPS, "Designs polled canary analysis:");
        scheduler.advance(POLL);
        assertWarned(output, "Catalog check of " + dir + " failed", "disk on fire");
        assertThat(seniorDevops()).startsWith(SENIOR_DEVOPS);

        scheduler.advance(POLL);
        assertThat(seniorDevops()).startsWith("Designs polled canary analysis:");
    }

    @Test
    void anInvalidCatalogAtStartUpStopsWithEveryProblem() throws IOException {
        edit("group: Rollouts", "group: 12");
        CatalogReloader broken =
                new CatalogReloader(dir, new CatalogLoader(), POLL, DEBOUNCE, clock, scheduler, new ScriptedEvents());
        assertThatThrownBy(broken::start)
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("canary-releases.yml:6: group must be text, found a number '12'");
        broken.close();
    }

    private CatalogReloader start(CatalogWatcher.Source events) {
        return new CatalogReloader(dir, new CatalogLoader(), POLL, DEBOUNCE, clock, scheduler, events).start();
    }

    private void assertThePeriodicCheckServesAnEdit() throws IOException {
        edit(SENIOR_DEVOPS, "Designs polled canary analysis:");
        scheduler.advance(POLL);
        assertThat(seniorDevops()).startsWith("Designs polled canary analysis:");
    }

    private static void assertWarned(CapturedOutput output, String... parts) {
        assertThat(output.toString().lines())
                .as("a WARN line with %s", List.of(parts))
                .anyMatch(line -> line.contains("WARN") && Stream.of(parts).allMatch(line::contains));
    }

    private String seniorDevops() {
        Catalog catalog = reloader.current();
        return catalog.skill("canary-releases")
                .orElseThrow()
                .expectation(catalog.level("senior").orElseThrow(), "devops")
                .orElseThrow()
                .text();
    }

    private void edit(String from, String to) throws IOException {
        Path file = dir.resolve(CANARY);
        String yaml = Files.readString(file);
        assertThat(yaml).contains(from);
        Files.writeString(file, yaml.replaceFirst(Pattern.quote(from), to));
    }

    /** File events that come when the test fires them, or a failure when it says so. */
    private static class ScriptedEvents implements CatalogWatcher.Source, CatalogWatcher.Events {

        private static final RuntimeException CLOSED = new IllegalStateException("closed");

        final List<Path> registered = new CopyOnWriteArrayList<>();
        private final LinkedBlockingQueue<RuntimeException> next = new LinkedBlockingQueue<>();
        private final RuntimeException none = new RuntimeException("an event");

        @Override
        public CatalogWatcher.Events open(Path folder) {
            return this;
        }

        @Override
        public void register(Path folder) {
            registered.add(folder);
        }

        @Override
        public void await() throws InterruptedException {
            RuntimeException event = next.take();
            if (event != none) {
                throw event;
            }
        }

        void fire() {
            next.add(none);
        }

        void fail(RuntimeException e) {
            next.add(e);
        }

        @Override
        public void close() {
            next.add(CLOSED);
        }
    }
}
