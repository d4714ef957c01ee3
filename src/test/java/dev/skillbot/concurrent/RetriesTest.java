package dev.skillbot.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetriesTest {

    private static final Duration FIRST = Duration.ofSeconds(5);
    private static final Duration LONGEST = Duration.ofMinutes(5);

    @Test
    void eachWaitIsTwiceTheLastUpToTheLongest() {
        assertThat(Retries.wait(FIRST, 1, LONGEST)).isEqualTo(FIRST);
        assertThat(Retries.wait(FIRST, 2, LONGEST)).isEqualTo(Duration.ofSeconds(10));
        assertThat(Retries.wait(FIRST, 6, LONGEST)).isEqualTo(Duration.ofSeconds(160));
        assertThat(Retries.wait(FIRST, 7, LONGEST)).isEqualTo(LONGEST);
        assertThat(Retries.wait(FIRST, Integer.MAX_VALUE, LONGEST)).isEqualTo(LONGEST);
    }

    @Test
    void aWaitIsShownInMillisecondsUnderASecond() {
        assertThat(Retries.shown(Duration.ofMillis(50))).isEqualTo("50 ms");
        assertThat(Retries.shown(Duration.ofMillis(10_400))).isEqualTo("10 s");
    }

    @Test
    void aFailureRunsTheTryAgainAndClosingStopsTheTriesNotStarted() {
        AtomicInteger ran = new AtomicInteger();
        try (Retries retries = new Retries("retries-test", Duration.ofMillis(1), LONGEST)) {
            assertThat(retries.failed(ran::incrementAndGet)).isEqualTo(Duration.ofMillis(1));
            await().atMost(Duration.ofSeconds(10)).until(() -> ran.get() == 1);
            assertThat(retries.tries()).isEqualTo("1 try");

            retries.close();
            assertThat(retries.failed(ran::incrementAndGet)).isEqualTo(Duration.ofMillis(2));
            assertThat(retries.tries()).isEqualTo("2 tries");
        }
        assertThat(ran).hasValue(1);
    }
}
