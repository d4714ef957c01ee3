package dev.skillbot.discord;

import dev.skillbot.SkillbotApplication;
import dev.skillbot.discord.fake.FakeDiscord;
import dev.skillbot.discord.fake.Interactions;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.MutableClock;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The whole application, as {@code java -jar} runs it, with Discord on and pointed at a
 * {@link FakeDiscord}: its own in-memory database, a catalog copied into a fresh Git repository,
 * reviewers by role, a review channel, and a clock the test sets.
 */
final class DiscordApp implements AutoCloseable {

    static final String REVIEWER_ROLE = "131313131313131313";

    private final FakeDiscord discord;
    private final ConfigurableApplicationContext context;

    private DiscordApp(FakeDiscord discord, ConfigurableApplicationContext context) {
        this.discord = discord;
        this.context = context;
    }

    /** Starts a fake Discord with one guild, then the application against it, on a copy of the catalog in {@code dir}. */
    static DiscordApp start(Path dir, MutableClock clock, String... more) {
        return start(catalogInGit(dir), clock, List.of(more));
    }

    /** The same, on a catalog directory the test prepared. */
    static DiscordApp start(Path catalog, MutableClock clock, List<String> more) {
        FakeDiscord discord = FakeDiscord.start(List.of(Interactions.GUILD_ID), 1);
        String[] arguments = {
            "--server.port=0",
            "--skillbot.catalog.dir=" + catalog,
            "--skillbot.discord.token=" + FakeDiscord.TOKEN,
            "--skillbot.discord.api-url=" + discord.apiUrl(),
            "--skillbot.discord.gateway-url=" + discord.gatewayUrl(),
            "--skillbot.discord.review-channel=" + FakeDiscord.REVIEW_CHANNEL_ID,
            "--skillbot.discord.reviewer-roles=" + REVIEWER_ROLE,
            "--skillbot.digest.tick=1h"
        };
        arguments = java.util.stream.Stream.concat(java.util.Arrays.stream(arguments), more.stream())
                .toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SkillbotApplication.class)
                .initializers(application -> ((GenericApplicationContext) application)
                        .registerBean("testClock", Clock.class, () -> clock, definition -> definition.setPrimary(true)))
                .run(arguments);
        discord.awaitRequest(request -> request.is("PUT", "applications/\\d+/commands"));
        return new DiscordApp(discord, context);
    }

    /** A copy of the fixture catalog, committed to a new Git repository. */
    private static Path catalogInGit(Path dir) {
        return FixtureCatalog.gitRepository(dir);
    }

    FakeDiscord discord() {
        return discord;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
        discord.close();
    }
}
