package dev.skillbot.discord;

import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.command.CommandService;
import dev.skillbot.discord.fake.FakeDiscord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Skillbot's Discord adapter as the application wires it: {@link DiscordConfiguration} in a Spring
 * context with the real {@code application.yml}, configured through environment variables
 * ({@code DISCORD_TOKEN}, {@code SKILLBOT_DISCORD_*}) pointing at a {@link FakeDiscord}.
 */
final class RunningBot implements AutoCloseable {

    private final AnnotationConfigApplicationContext context;

    private RunningBot(AnnotationConfigApplicationContext context) {
        this.context = context;
    }

    static RunningBot start(FakeDiscord fake, CommandService commands, String... environment) {
        return start(fake, commands, null, environment);
    }

    /** As the application runs it: commands answered from, and registration following, a live catalog. */
    static RunningBot following(FakeDiscord fake, CatalogReloader catalog, String... environment) {
        return start(fake, new CommandService(catalog), catalog, environment);
    }

    private static RunningBot start(FakeDiscord fake, CommandService commands, CatalogReloader catalog, String... environment) {
        List<String> variables = new ArrayList<>(List.of("DISCORD_TOKEN=" + FakeDiscord.TOKEN,
                "SKILLBOT_DISCORD_API_URL=" + fake.apiUrl(), "SKILLBOT_DISCORD_GATEWAY_URL=" + fake.gatewayUrl()));
        variables.addAll(List.of(environment));
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        TestPropertyValues.of(variables).applyTo(context.getEnvironment(), TestPropertyValues.Type.SYSTEM_ENVIRONMENT);
        new ConfigDataApplicationContextInitializer().initialize(context);
        context.registerBean(CommandService.class, () -> commands);
        if (catalog != null) {
            context.registerBean(CatalogReloader.class, () -> catalog);
        }
        context.register(DiscordConfiguration.class);
        context.refresh();
        return new RunningBot(context);
    }

    static Map<String, String> options(String... namesAndValues) {
        java.util.LinkedHashMap<String, String> options = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            options.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return options;
    }

    DiscordBot bot() {
        return context.getBean(DiscordBot.class);
    }

    @Override
    public void close() {
        context.close();
    }
}
