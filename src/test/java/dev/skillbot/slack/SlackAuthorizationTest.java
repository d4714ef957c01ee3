package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.skillbot.startup.SettingFailureAnalyzer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Slack's Web API down when Skillbot starts: Bolt's {@code auth.test} at start stopped the application; now it starts,
 * answers commands through the real Bolt path meanwhile, and asks again in the background. A token Slack refuses
 * stops start-up with one line naming the variable.
 */
class SlackAuthorizationTest {

    private final FakeSlack slack = FakeSlack.start();

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    void aSlackThatDoesNotAnswerAuthTestAtStartStillGetsItsCommandsAnswered() {
        slack.script("auth.test", FakeSlack.Answer.serverError(503), FakeSlack.Answer.serverError(503));

        try (SlackApp app = SlackApp.http(slack, SlackHttpTest.SECRET, null)) {
            HttpResponse<String> answer = new SlackRequests(app.port(), SlackHttpTest.SECRET)
                    .post(SlackRequests.slashCommand("canary senior", slack.responseUrl("lookup")));

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(SlackMessageJson.parse(answer.body()).header()).isEqualTo("Canary Releases · Senior");
            assertThat(app.bean(SlackPlatformStatus.class).detail())
                    .startsWith("HTTP on POST /slack/events; auth.test not answered yet (");
            assertThat(app.bean(SlackPlatformStatus.class).connected()).isTrue();
        }
    }

    @Test
    void authTestIsAskedAgainUntilSlackAnswersAndThenTheNoteGoes() {
        slack.script("auth.test", FakeSlack.Answer.serverError(503), FakeSlack.Answer.serverError(502));
        AtomicReference<String> note = new AtomicReference<>();
        Slack client = Slack.getInstance(new SlackConfig());
        client.getConfig().setMethodsEndpointUrlPrefix(slack.apiUrl());

        try (SlackAuthorization authorization =
                SlackAuthorization.start(client.methods(), SlackApp.BOT_TOKEN, Duration.ofMillis(20), note::set)) {
            assertThat(authorization.answered()).isFalse();
            await().atMost(Duration.ofSeconds(20)).until(authorization::answered);
        }
        assertThat(slack.calls("/api/auth.test")).isGreaterThanOrEqualTo(3);
        assertThat(note.get()).isEmpty();
    }

    @Test
    void aTokenSlackRefusesStopsStartUpWithOneLineNamingTheVariable() {
        slack.script("auth.test", new FakeSlack.Answer(200, null, "{\"ok\":false,\"error\":\"invalid_auth\"}"));
        Throwable failure = null;
        try {
            SlackApp.http(slack, SlackHttpTest.SECRET, null).close();
        } catch (RuntimeException e) {
            failure = e;
        }

        assertThat(failure).isNotNull().rootCause().hasMessage(SlackAuthorization.refused("invalid_auth"));
        assertThat(new SettingFailureAnalyzer().analyze(failure).getDescription())
                .startsWith("SLACK_BOT_TOKEN was refused by Slack (auth.test: invalid_auth)")
                .doesNotContain(SlackApp.BOT_TOKEN);
    }
}
