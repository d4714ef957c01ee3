package dev.skillbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.command.CommandService;
import dev.skillbot.discord.fake.FakeDiscord;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.annotation.Configuration;

@ExtendWith(OutputCaptureExtension.class)
class DiscordConfigurationTest {

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withInitializer(new ConfigDataApplicationContextInitializer());

    @Test
    void withoutATokenDiscordStaysOff() {
        runner.withUserConfiguration(DiscordConfiguration.class)
                .withBean(CommandService.class, () -> new CommandService(TestCatalogs::fixture))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DiscordBot.class));
    }

    @Test
    void environmentVariablesBindByRelaxedBinding() {
        runner.withUserConfiguration(PropertiesOnly.class)
                .withInitializer(context -> TestPropertyValues.of(
                                "DISCORD_TOKEN=secret-token",
                                "SKILLBOT_DISCORD_GUILD_IDS=1,2",
                                "SKILLBOT_DISCORD_API_URL=http://localhost:1/api/v10",
                                "SKILLBOT_DISCORD_GATEWAY_URL=ws://localhost:2",
                                "SKILLBOT_DISCORD_SHARDS=0-1/4")
                        .applyTo(context.getEnvironment(), TestPropertyValues.Type.SYSTEM_ENVIRONMENT))
                .run(context -> {
                    DiscordProperties properties = context.getBean(DiscordProperties.class);
                    assertThat(properties.token()).isEqualTo("secret-token");
                    assertThat(properties.guildIds()).containsExactly("1", "2");
                    assertThat(properties.apiUrl()).isEqualTo("http://localhost:1/api/v10/");
                    assertThat(properties.gatewayUrl()).isEqualTo("ws://localhost:2");
                    assertThat(properties.shards()).isEqualTo("0-1/4");
                    assertThat(properties.deferAfter()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(properties.toString()).doesNotContain("secret-token");
                });
    }

    @Test
    void aMalformedShardRangeStopsStartUpWithAClearMessage() {
        runner.withUserConfiguration(PropertiesOnly.class)
                .withPropertyValues("skillbot.discord.shards=two of four")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("SKILLBOT_DISCORD_SHARDS must look like 0-1/4"));
    }

    @Test
    void aDeferralLaterThanDiscordAllowsIsRefused() {
        runner.withUserConfiguration(PropertiesOnly.class)
                .withPropertyValues("skillbot.discord.defer-after=5s")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("SKILLBOT_DISCORD_DEFER_AFTER must be between 0 and 2.5s"));
    }

    @Test
    void theTokenNeverReachesTheLog(CapturedOutput output) {
        try (FakeDiscord discord = FakeDiscord.start();
                RunningBot bot = RunningBot.start(discord, new CommandService(TestCatalogs::fixture))) {
            discord.awaitRequest(request -> request.is("PUT", "applications/\\d+/commands"));
        }

        assertThat(output.getAll()).contains("Starting Discord").doesNotContain(FakeDiscord.TOKEN);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(DiscordProperties.class)
    static class PropertiesOnly {}
}
