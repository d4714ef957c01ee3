package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.slack.api.bolt.App;
import dev.skillbot.SkillbotApplication;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;

@ExtendWith(OutputCaptureExtension.class)
class SlackPropertiesTest {

    static final String TOKEN = "xoxb-do-not-print-me";
    static final String APP_TOKEN = "xapp-1-A0-1-do-not-print-me";

    @Test
    void httpModeWithoutSigningSecretIsRefusedByName() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new SlackProperties(TOKEN, " ", null, null, "en", null, null))
                .withMessageContaining("SLACK_SIGNING_SECRET")
                .withMessageNotContaining(TOKEN);
    }

    @Test
    void socketModeNeedsNoSigningSecretButAnAppLevelToken() {
        SlackProperties socket =
                new SlackProperties(TOKEN, "", "xapp-1-A0-1-abc", "http://127.0.0.1:1/api", "en", null, null);

        assertThat(socket.socketMode()).isTrue();
        assertThat(socket.httpMode()).isFalse();
        assertThat(socket.signingSecret()).isNull();
        assertThat(socket.apiUrl()).isEqualTo("http://127.0.0.1:1/api/");
        assertThatIllegalStateException()
                .isThrownBy(() -> new SlackProperties(TOKEN, "", "xoxb-wrong", null, "en", null, null))
                .withMessageContaining("SLACK_APP_TOKEN")
                .withMessageNotContaining("xoxb-wrong");
    }

    @Test
    void anAppTokenOrSigningSecretWithoutTheBotTokenIsRefusedByName() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new SlackProperties(" ", "", APP_TOKEN, null, "en", null, null))
                .withMessageStartingWith("SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not")
                .withMessageNotContaining("SLACK_SIGNING_SECRET")
                .withMessageNotContaining(APP_TOKEN);
        assertThatIllegalStateException()
                .isThrownBy(() -> new SlackProperties(null, "secret-value", null, null, "en", null, null))
                .withMessageStartingWith("SLACK_SIGNING_SECRET is set but SLACK_BOT_TOKEN is not")
                .withMessageNotContaining("secret-value");
    }

    @Test
    void theSocketModeGraceIsThirtySecondsUnlessSetAndNeverNegative() {
        assertThat(new SlackProperties(TOKEN, "", APP_TOKEN, null, "en", null, null).socketModeGrace())
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(new SlackProperties(TOKEN, "", APP_TOKEN, null, "en", Duration.ofMinutes(2), null).socketModeGrace())
                .isEqualTo(Duration.ofMinutes(2));
        assertThatIllegalStateException()
                .isThrownBy(() -> new SlackProperties(TOKEN, "", APP_TOKEN, null, "en", Duration.ofSeconds(-1), null))
                .withMessageContaining("SKILLBOT_SLACK_SOCKET_MODE_GRACE");
    }

    @Test
    void slackIsOffWithoutABotTokenAndSecretsNeverPrint() {
        SlackProperties off = new SlackProperties("", "", "", "", "en", null, null);
        SlackProperties on = new SlackProperties(TOKEN, "secret-value", null, null, "en", null, null);

        assertThat(off.enabled()).isFalse();
        assertThat(off.apiUrl()).isEqualTo("https://slack.com/api/");
        assertThat(on.toString())
                .contains("botToken=set", "signingSecret=set", "appToken=unset")
                .doesNotContain(TOKEN, "secret-value");
    }

    @Test
    void startUpStopsWithAMessageNamingTheMissingSecret(CapturedOutput output) {
        Throwable failure =
                catchThrowable(() -> start("skillbot.slack.bot-token=" + TOKEN, "skillbot.slack.signing-secret=")
                        .close());

        assertThat(failure).isNotNull();
        assertThat(failure).rootCause().hasMessageContaining("SLACK_SIGNING_SECRET");
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            assertThat(String.valueOf(cause.getMessage())).doesNotContain(TOKEN);
        }
        assertThat(output.getAll()).contains("SLACK_SIGNING_SECRET").doesNotContain(TOKEN);
    }

    @Test
    void startUpStopsWhenSlackIsHalfConfigured(CapturedOutput output) {
        Throwable failure =
                catchThrowable(() -> start("skillbot.slack.bot-token=", "skillbot.slack.app-token=" + APP_TOKEN)
                        .close());

        assertThat(failure).isNotNull();
        assertThat(failure).rootCause().hasMessageStartingWith("SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not");
        assertThat(output.getAll())
                .contains("SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not")
                .doesNotContain(APP_TOKEN);
    }

    @Test
    void theSocketModeGraceIsReadFromItsEnvironmentVariable() {
        new ApplicationContextRunner()
                .withUserConfiguration(PropertiesOnly.class)
                .withInitializer(context -> TestPropertyValues.of("SKILLBOT_SLACK_SOCKET_MODE_GRACE=45s")
                        .applyTo(context.getEnvironment(), TestPropertyValues.Type.SYSTEM_ENVIRONMENT))
                .run(context -> assertThat(
                                context.getBean(SlackProperties.class).socketModeGrace())
                        .isEqualTo(Duration.ofSeconds(45)));
    }

    @EnableConfigurationProperties(SlackProperties.class)
    static class PropertiesOnly {}

    @Test
    void withoutSlackSettingsTheServerStartsWithoutSlack() {
        try (ConfigurableApplicationContext context = start("skillbot.slack.bot-token=", "skillbot.slack.app-token=")) {
            assertThat(context.getBeanNamesForType(App.class)).isEmpty();
            assertThat(context.getBeanNamesForType(SlackSocketModeRunner.class)).isEmpty();
        }
    }

    /** Properties as command-line arguments, which win over application.yml's environment placeholders. */
    private static ConfigurableApplicationContext start(String... properties) {
        String[] args =
                Arrays.stream(properties).map(property -> "--" + property).toArray(String[]::new);
        return new SpringApplicationBuilder(SkillbotApplication.class)
                .web(WebApplicationType.NONE)
                .run(args);
    }
}
