package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skillbot.testing.FixtureCatalog;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: answering a user never waits behind background deliveries. A hundred suggestions are
 * saved while Slack's Web API does not answer chat.postMessage at all, so every review post and
 * every confirmation DM is stuck; navigation clicks are still answered through their response_url
 * within Slack's 3 s. Once the Web API answers again, every post and message goes out.
 */
class SlackAnswersUnderLoadTest {

    private static final String SECRET = "burst-test-signing-secret";
    private static final String REVIEWS = "C0REVIEW";
    private static final int SUGGESTIONS = 100;

    @Test
    void clicksAreAnsweredWhileAHundredReviewPostsWaitForASlowWebApi() {
        try (FakeSlack slack = FakeSlack.start();
                SlackApp app = SlackApp.httpUnpaced(
                        slack,
                        SECRET,
                        "--skillbot.catalog.dir=" + FixtureCatalog.DIR,
                        "--skillbot.slack.review-channel=" + REVIEWS)) {
            SlackRequests requests = new SlackRequests(app.port(), SECRET);
            CountDownLatch slowWebApi = slack.holdMethod("chat.postMessage");
            try {
                // given: a hundred suggestions saved, their review posts and DMs stuck in chat.postMessage
                IntStream.range(0, SUGGESTIONS)
                        .forEach(n -> assertThat(requests.post(suggestion(n)).body())
                                .as("saved #%d", n)
                                .isEmpty());
                await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("/api/chat.postMessage") >= 1);

                // when users click through cards, then each new card arrives through the response_url in time
                for (String level : new String[] {"middle", "senior", "lead", "principal"}) {
                    String responseUrl = "click-" + level;
                    HttpResponse<String> ack = requests.post(SlackRequests.blockActions(SlackRequests.privateCardAction(
                            SlackRequests.button("sb1:show:release-trains " + level, level),
                            slack.responseUrl(responseUrl))));
                    assertThat(ack.statusCode()).isEqualTo(200);
                    await().atMost(Duration.ofSeconds(3)).until(() -> slack.calls("/response/" + responseUrl) == 1);
                    assertThat(SlackMessageJson.parse(slack.bodies("/response/" + responseUrl)
                                            .get(0))
                                    .header())
                            .startsWith("Release Trains · ");
                }
                assertThat(slack.posted(REVIEWS)).hasSizeLessThan(SUGGESTIONS);
            } finally {
                slowWebApi.countDown();
            }

            // and once the Web API answers, every review post and every confirmation goes out
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> slack.posted(REVIEWS).size() >= SUGGESTIONS
                            && IntStream.range(0, SUGGESTIONS)
                                    .allMatch(n -> !slack.posted(user(n)).isEmpty()));
        }
    }

    private static String suggestion(int n) {
        return SlackRequests.blockActions(SlackRequests.viewSubmission(
                "sb1:suggested:" + FixtureCatalog.RELEASE_TRAINS,
                "",
                Map.of(
                        "role",
                        SlackRequests.chosen("sre"),
                        "level",
                        SlackRequests.chosen("senior"),
                        "text",
                        SlackRequests.typed("Senior sre plans release train number " + n + "."),
                        "required",
                        SlackRequests.chosen("true"),
                        "rationale",
                        SlackRequests.typed("")),
                user(n),
                "user" + n));
    }

    private static String user(int n) {
        return String.format("U0B%03d", n);
    }
}
