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
    /** Calls Slack on the thread that looks up, so a read in the background is over when the lookup returns. */
    private final SlackUserLocales locales = new SlackUserLocales(
            client.methods("xoxb-test-token"), Duration.ofSeconds(5), () -> clock.millis() * 1_000_000, Runnable::run);

    @AfterEach
    void close() throws Exception {
        client.close();
        slack.close();
    }

    @Test
    void manyLookupsAtOnceMakeOneCall() throws Exception {
        slack.userLocale("U0MANY", "zh-CN");
        SlackUserLocales locales =
                new SlackUserLocales(client.methods("xoxb-test-token"), Duration.ofSeconds(5), clock::millis);
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
            locales.close();
        }
        assertThat(slack.calls("/api/users.info")).isEqualTo(1);
    }

    @Test
    void anHourLaterSlackIsAskedAgain() {
        slack.userLocale("U0LATER", "en-US");
        assertThat(locales.locale("T0TEST", "U0LATER")).contains("en-US");
        slack.userLocale("U0LATER", "zh-CN");
        clock.advance(SlackUserLocales.READ_AGAIN_AFTER.minusSeconds(1));
        assertThat(locales.locale("T0TEST", "U0LATER")).contains("en-US");
        assertThat(slack.calls("/api/users.info")).isEqualTo(1);

        clock.advance(Duration.ofSeconds(2));
        locales.locale("T0TEST", "U0LATER");
        assertThat(slack.calls("/api/users.info")).isEqualTo(2);
        assertThat(locales.locale("T0TEST", "U0LATER")).contains("zh-CN");
    }

    @Test
    void aFailedReadKeepsTheKnownLocaleAndAnUnknownUserIsAskedAgainAMinuteLater() {
        slack.userLocale("U0KEPT", "zh-CN");
        assertThat(locales.locale("T0TEST", "U0KEPT")).contains("zh-CN");
        slack.script("users.info", new FakeSlack.Answer(200, null, "{\"ok\":false,\"error\":\"ratelimited\"}"));
        clock.advance(SlackUserLocales.READ_AGAIN_AFTER.plusSeconds(1));
        locales.locale("T0TEST", "U0KEPT");
        assertThat(slack.calls("/api/users.info")).isEqualTo(2);
        assertThat(locales.locale("T0TEST", "U0KEPT")).contains("zh-CN");
        assertThat(slack.calls("/api/users.info"))
                .as("the kept locale is fresh for another hour")
                .isEqualTo(2);

        slack.script("users.info", new FakeSlack.Answer(200, null, "{\"ok\":false,\"error\":\"user_not_found\"}"));
        assertThat(locales.locale("T0TEST", "U0GONE")).isEmpty();
        assertThat(locales.locale("T0TEST", "U0GONE")).isEmpty();
        assertThat(slack.calls("/api/users.info")).isEqualTo(3);
        clock.advance(SlackUserLocales.MISSING_FOR.plusSeconds(1));
        assertThat(locales.locale("T0TEST", "U0GONE")).contains("en-US");
        assertThat(slack.calls("/api/users.info")).isEqualTo(4);
    }
}
