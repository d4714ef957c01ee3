package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import dev.skillbot.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Slack users' locales, asked of {@code users.info} once per user however many ask at once, and again once they expire. */
class SlackUserLocalesTest {

    private final FakeSlack slack = FakeSlack.start();
    private final Slack client = SlackClients.create(slack.apiUrl(), SlackClients.BACKGROUND);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T09:00:00Z"));
    private final SlackUserLocales locales = new SlackUserLocales(client.methods("xoxb-test-token"), Duration.ofSeconds(5),
            () -> clock.millis() * 1_000_000);

    @AfterEach
    void close() throws Exception {
        locales.close();
        client.close();
        slack.close();
    }

    @Test
    void manyLookupsAtOnceMakeOneCall() throws Exception {
        slack.userLocale("U0MANY", "zh-CN");
        int threads = 16;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Optional<String>>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return locales.locale("T0TEST", "U0MANY");
                }));
            }
            go.countDown();
            for (Future<Optional<String>> answer : answers) {
                assertThat(answer.get()).contains("zh-CN");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(slack.calls("/api/users.info")).isEqualTo(1);
    }

    @Test
    void aUserIsAskedAgainAfterAnHourAndAFailureAfterAMinute() {
        slack.userLocale("U0LATER", "en-US");
        assertThat(locales.locale("T0TEST", "U0LATER")).contains("en-US");
        slack.userLocale("U0LATER", "zh-CN");
        clock.advance(SlackUserLocales.FOUND_FOR.minusSeconds(1));
        assertThat(locales.locale("T0TEST", "U0LATER")).contains("en-US");
        clock.advance(Duration.ofSeconds(2));
        assertThat(locales.locale("T0TEST", "U0LATER")).contains("zh-CN");

        slack.script("users.info", new FakeSlack.Answer(200, null, "{\"ok\":false,\"error\":\"user_not_found\"}"));
        assertThat(locales.locale("T0TEST", "U0GONE")).isEmpty();
        assertThat(locales.locale("T0TEST", "U0GONE")).isEmpty();
        long calls = slack.calls("/api/users.info");
        clock.advance(SlackUserLocales.MISSING_FOR.plusSeconds(1));
        assertThat(locales.locale("T0TEST", "U0GONE")).contains("en-US");
        assertThat(slack.calls("/api/users.info")).isEqualTo(calls + 1);
    }
}
