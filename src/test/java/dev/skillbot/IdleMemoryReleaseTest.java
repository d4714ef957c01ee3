package dev.skillbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Memory is handed back when the process goes quiet: the full release once, then a trim after each busy spell. */
class IdleMemoryReleaseTest {

    private static final long TICK = TimeUnit.SECONDS.toNanos(2);

    private long cpu;
    private long now;
    private final List<String> done = new ArrayList<>();
    private final IdleMemoryRelease release =
            new IdleMemoryRelease(() -> cpu, () -> now, () -> done.add("release"), () -> done.add("trim"));

    @Test
    void nothingIsReleasedWhileTheProcessIsBusy() {
        tick(TICK); // a whole core for the whole tick: start-up's warm-up
        tick(TICK / 5); // still 20 % of a core
        assertThat(done).isEmpty();
    }

    @Test
    void theFirstQuietTickReleasesStartUpsMemoryOnce() {
        tick(TICK);
        tick(TICK / 100);
        tick(0);
        tick(0);
        assertThat(done).containsExactly("release");
    }

    @Test
    void anIdleTickTrimsOnceTheProcessHasWorkedSinceTheLastTrim() {
        tick(TICK / 100); // idle at once: the release
        tick(TICK / 2); // requests
        tick(TICK);
        tick(TICK / 50); // idle again: one trim
        tick(0);
        tick(TICK / 3); // a probe burst
        tick(0); // and one more trim
        assertThat(done).containsExactly("release", "trim", "trim");
    }

    @Test
    void anIdleServerTrimsOnlyAsItsSmallWorkAddsUp() {
        tick(0); // the release
        long quiet = IdleMemoryRelease.WORK_BEFORE_TRIM / 4; // well under a tenth of a core each tick
        for (int i = 0; i < 8; i++) {
            tick(quiet);
        }
        assertThat(done).containsExactly("release", "trim", "trim");
    }

    @Test
    void aFailingReleaseLeavesTheTicksRunning() {
        IdleMemoryRelease failing = new IdleMemoryRelease(
                () -> cpu,
                () -> now,
                () -> {
                    throw new IllegalArgumentException("flag not writeable");
                },
                () -> done.add("trim"));
        now += TICK;
        failing.run();
        cpu += TICK;
        now += TICK;
        failing.run();
        now += TICK;
        failing.run(); // the busy tick's CPU is work since the failed release: a trim
        assertThat(done).containsExactly("trim");
    }

    /** Advances the clock by one tick, during which the process used {@code cpuNanos} of CPU, and ticks. */
    private void tick(long cpuNanos) {
        cpu += cpuNanos;
        now += TICK;
        release.run();
    }
}
