package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two replicas on one database, one Slack: the Home tab a person sees is the one drawn after the last change, on
 * whichever replica made it, also when the replica whose view is slow to reach Slack never published their tab
 * before (it names the version the other recorded) and kept their profile from before the change (the tab reads it
 * as stored). Through the real Bolt apps over HTTP and the fake Slack, whose views.publish checks the hash as Slack's.
 */
class SlackHomeReplicasTest {

    private static final String SECRET = "home-replicas-secret";
    private static final FakeSlack slack = FakeSlack.start();
    private static SlackApp one;
    private static SlackApp two;

    @BeforeAll
    static void start() {
        String database =
                "--spring.datasource.url=jdbc:h2:mem:home-replicas-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        one = SlackApp.http(slack, SECRET, null, database);
        two = SlackApp.http(slack, SECRET, null, database);
    }

    @AfterAll
    static void stop() {
        one.close();
        two.close();
        slack.close();
    }

    @Test
    void aTabDrawnBeforeAForgetOnTheOtherReplicaNeverReplacesTheOneDrawnAfterIt() {
        String user = "U0KIM";
        commandAs(one, user, "me sre senior");
        one.settled();
        long before = slack.calls("/api/views.publish");
        CountDownLatch slowNetwork = slack.delayNextArrival("views.publish");
        commandAs(two, user, "me lead");
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.onTheWay() == 1); // drawn as SRE · Lead

        String confirm = commandAs(one, user, "me forget").buttonActionId("Yes, forget me");
        new SlackRequests(one.port(), SECRET)
                .post(SlackRequests.blockActions(SlackRequests.as(
                        SlackRequests.privateCardAction(
                                SlackRequests.button(confirm, "Yes, forget me"), slack.responseUrl("forget-kim")),
                        user,
                        "kim")));
        one.settled();
        slowNetwork.countDown();
        two.settled();

        assertThat(one.lastHomeOf(slack, user, before))
                .hasValueSatisfying(view -> assertThat(view.node().toString())
                        .doesNotContain("SRE · Lead", "SRE · Senior")
                        .contains("You have no profile yet"));
    }

    private static SlackMessageJson commandAs(SlackApp replica, String user, String text) {
        Map<String, String> fields = SlackRequests.slashCommandFields(text, slack.responseUrl("unused"));
        fields.put("user_id", user);
        HttpResponse<String> response = new SlackRequests(replica.port(), SECRET).post(SlackRequests.form(fields));
        assertThat(response.statusCode()).isEqualTo(200);
        return SlackMessageJson.parse(response.body());
    }
}
