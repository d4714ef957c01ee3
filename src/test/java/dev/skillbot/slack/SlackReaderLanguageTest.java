package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skillbot.chat.Platform;
import dev.skillbot.digest.Subscriptions;
import dev.skillbot.digest.follow.Follows;
import dev.skillbot.i18n.LanguagePreferences;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Each Slack reader gets their own language, through the real Bolt app and a fake Web API:
 * their own choice, else what {@code users.info} says, else the workspace's ({@code en} here).
 * Labels show it; translated content is the catalog's business.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlackReaderLanguageTest {

    static final String SECRET = SlackHttpTest.SECRET;
    static final String CHOSE_CHINESE = "U0CHOSE";
    static final FakeSlack slack = FakeSlack.start();

    @LocalServerPort
    int port;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    Follows follows;

    SlackRequests requests;

    @TestConfiguration
    static class Choices {

        /** One reader chose Chinese, whatever Slack says of them (in place of the profiles' choices). */
        @Bean
        @Primary
        LanguagePreferences chosenLanguages() {
            return (platform, workspace, user) ->
                    platform == Platform.SLACK && user.equals(CHOSE_CHINESE) ? Optional.of("zh-CN") : Optional.empty();
        }
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        slack.httpMode(registry, SECRET);
        // generous, so a busy machine never makes the first lookup miss; production waits 500 ms
        registry.add("skillbot.slack.user-locale-wait", () -> "2s");
    }

    @AfterAll
    static void stopFake() {
        slack.close();
    }

    @BeforeEach
    void client() {
        requests = new SlackRequests(port, SECRET);
    }

    @Test
    void aUserWhoseSlackIsInChineseGetsChineseLabels() {
        slack.userLocale("U0CHEN", "zh-CN");

        assertThat(command("U0CHEN", "canary senior").header()).isEqualTo("Canary Releases · 高级");
        assertThat(command("U0CHEN", "help").header()).isEqualTo("如何使用 Skillbot");
    }

    @Test
    void slackIsAskedOncePerUserNotPerLookup() {
        slack.userLocale("U0ONCE", "zh-CN");
        for (int i = 0; i < 3; i++) {
            command("U0ONCE", "help");
        }

        assertThat(slack.bodies("/api/users.info"))
                .filteredOn(body -> body.contains("U0ONCE"))
                .hasSize(1)
                .allSatisfy(body -> assertThat(body).contains("include_locale=1"));
    }

    @Test
    void englishVariantsAreEnglishAndOtherLanguagesGetTheWorkspaces() {
        slack.userLocale("U0BRIT", "en-GB");
        slack.userLocale("U0FRAN", "fr-FR");

        assertThat(command("U0BRIT", "help").header()).isEqualTo("How to use Skillbot");
        assertThat(command("U0FRAN", "help").header()).isEqualTo("How to use Skillbot");
    }

    @Test
    void theReadersOwnChoiceComesBeforeSlacksAndSavesTheCall() {
        slack.userLocale(CHOSE_CHINESE, "en-US");

        assertThat(command(CHOSE_CHINESE, "help").header()).isEqualTo("如何使用 Skillbot");
        assertThat(slack.bodies("/api/users.info")).noneMatch(body -> body.contains(CHOSE_CHINESE));
    }

    @Test
    void aFailingUsersInfoStillAnswersInTheWorkspacesLanguage() {
        slack.userLocale("U0FAIL", "zh-CN");
        slack.script("users.info", new FakeSlack.Answer(200, null, "{\"ok\":false,\"error\":\"missing_scope\"}"));

        assertThat(command("U0FAIL", "help").header()).isEqualTo("How to use Skillbot");
    }

    @Test
    void aSlowUsersInfoDelaysNoAnswerBeyondTheWaitAndServesTheNextOne() throws Exception {
        slack.userLocale("U0SLOW", "zh-CN");
        CountDownLatch release = slack.holdMethod("users.info");
        try {
            assertThat(command("U0SLOW", "help").header()).isEqualTo("How to use Skillbot");
        } finally {
            release.countDown();
        }

        assertThat(command("U0SLOW", "help").header()).isEqualTo("如何使用 Skillbot");
    }

    @Test
    void buttonsAnswerInTheClickersLanguage() {
        slack.userLocale("U0CLICK", "zh-CN");
        SlackMessageJson card = command("U0CLICK", "canary senior");
        String next = card.buttonLabels().stream()
                .filter(label -> label.endsWith("▶"))
                .findFirst()
                .orElseThrow();

        requests.post(SlackRequests.blockActions(SlackRequests.as(
                SlackRequests.privateCardAction(
                        SlackRequests.button(card.buttonActionId(next), next), slack.responseUrl("zh-next")),
                "U0CLICK",
                "chen")));

        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("/response/zh-next") == 1);
        assertThat(SlackMessageJson.parse(slack.bodies("/response/zh-next").get(0))
                        .header())
                .isEqualTo("Canary Releases · 资深");
    }

    @Test
    void aChannelSubscribedByAChineseReaderGetsItsDigestInChineseAndTheirFollowsTheirNotesInChinese() {
        slack.userLocale("U0SUBS", "zh-CN");
        command("U0SUBS", "digest subscribe operations");

        assertThat(subscriptions
                        .find(Platform.SLACK, SlackRequests.CHANNEL)
                        .orElseThrow()
                        .locale())
                .isEqualTo("zh-CN");
        assertThat(command("U0SUBS", "digest preview").header()).startsWith("每周技能摘要");

        SlackMessageJson card = command("U0SUBS", "canary senior");
        String follow = card.buttonLabels().stream()
                .filter(label -> label.contains("关注"))
                .findFirst()
                .orElseThrow();
        requests.post(SlackRequests.blockActions(SlackRequests.as(
                SlackRequests.privateCardAction(
                        SlackRequests.button(card.buttonActionId(follow), follow), slack.responseUrl("zh-follow")),
                "U0SUBS",
                "chen")));
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("/response/zh-follow") == 1);
        assertThat(follows.followers("canary-releases"))
                .filteredOn(follower -> follower.userId().equals("U0SUBS"))
                .singleElement()
                .satisfies(follower -> assertThat(follower.locale()).isEqualTo("zh-CN"));
    }

    private SlackMessageJson command(String user, String text) {
        Map<String, String> fields = SlackRequests.slashCommandFields(text, slack.responseUrl("unused"));
        fields.put("user_id", user);
        HttpResponse<String> response = requests.post(SlackRequests.form(fields));
        assertThat(response.statusCode()).isEqualTo(200);
        return SlackMessageJson.parse(response.body());
    }
}
