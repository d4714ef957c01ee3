package dev.skillbot.discord;

import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.CatalogReloadListener;
import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.catalog.ReloadNotifier;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandService;
import dev.skillbot.concurrent.PeriodicTask;
import dev.skillbot.digest.follow.FollowService;
import dev.skillbot.discord.fake.FakeDiscord;
import dev.skillbot.i18n.LanguagePreferences;
import dev.skillbot.persistence.JdbcFollows;
import dev.skillbot.persistence.JdbcProposalStore;
import dev.skillbot.suggestion.CatalogHistory;
import dev.skillbot.suggestion.CatalogWriter;
import dev.skillbot.suggestion.ProposalService;
import dev.skillbot.suggestion.ReviewChannel;
import dev.skillbot.suggestion.ReviewDeliveries;
import dev.skillbot.suggestion.ReviewFlow;
import dev.skillbot.suggestion.ReviewPolicy;
import dev.skillbot.suggestion.ReviewPosts;
import dev.skillbot.suggestion.SuggestionLimits;
import dev.skillbot.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Skillbot's Discord adapter as the application wires it: {@link DiscordConfiguration} in a Spring
 * context with the real {@code application.yml}, configured through environment variables
 * ({@code DISCORD_TOKEN}, {@code SKILLBOT_DISCORD_*}) pointing at a {@link FakeDiscord}, with
 * suggestions and follows kept in an in-memory database. (The whole application runs in
 * {@link DiscordApp}.)
 */
final class RunningBot implements AutoCloseable {

    /** The one role whose members may review suggestions here. */
    static final String REVIEWER_ROLE = "121212121212121212";

    private final AnnotationConfigApplicationContext context;
    private final TestDatabases.Switchable database;
    private final CatalogReloader catalog;

    private RunningBot(
            AnnotationConfigApplicationContext context, TestDatabases.Switchable database, CatalogReloader catalog) {
        this.context = context;
        this.database = database;
        this.catalog = catalog;
    }

    static RunningBot start(FakeDiscord fake, CommandService commands, String... environment) {
        return start(fake, commands, null, TestDatabases.h2(), Clock.systemUTC(), environment);
    }

    /** With readers' own language choices, as the "Me" feature keeps them. */
    static RunningBot start(FakeDiscord fake, CommandService commands, LanguagePreferences preferences) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(LanguagePreferences.class, () -> preferences);
        return start(context, fake, commands, null, TestDatabases.h2(), Clock.systemUTC());
    }

    /** A replica of several: its database and clock shared with the others, posting missing reviews every 100 ms. */
    static RunningBot replica(
            FakeDiscord fake, CommandService commands, DataSource shared, Clock clock, String... environment) {
        return start(fake, commands, null, shared, clock, environment);
    }

    /**
     * As the application runs it: commands answered from, and registration following, a live catalog
     * in {@code catalogDir}, whose reloads are told to the context's {@link CatalogReloadListener}s.
     */
    static RunningBot following(FakeDiscord fake, Path catalogDir, String... environment) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        ReloadNotifier listeners = new ReloadNotifier(() -> context.getBeanProvider(CatalogReloadListener.class)
                .orderedStream()
                .toList());
        CatalogReloader catalog = new CatalogReloader(
                        catalogDir,
                        new CatalogLoader(),
                        Duration.ofHours(1),
                        Duration.ofHours(1),
                        Clock.systemUTC(),
                        listeners)
                .start();
        RunningBot bot = start(
                context,
                fake,
                new CommandService(catalog),
                catalog,
                TestDatabases.h2(),
                Clock.systemUTC(),
                environment);
        listeners.open();
        return bot;
    }

    private static RunningBot start(
            FakeDiscord fake,
            CommandService commands,
            CatalogReloader catalog,
            DataSource dataSource,
            Clock clock,
            String... environment) {
        return start(new AnnotationConfigApplicationContext(), fake, commands, catalog, dataSource, clock, environment);
    }

    private static RunningBot start(
            AnnotationConfigApplicationContext context,
            FakeDiscord fake,
            CommandService commands,
            CatalogReloader catalog,
            DataSource dataSource,
            Clock clock,
            String... environment) {
        List<String> variables = new ArrayList<>(List.of(
                "DISCORD_TOKEN=" + FakeDiscord.TOKEN,
                "SKILLBOT_DISCORD_API_URL=" + fake.apiUrl(),
                "SKILLBOT_DISCORD_GATEWAY_URL=" + fake.gatewayUrl()));
        variables.addAll(List.of(environment));
        TestPropertyValues.of(variables).applyTo(context.getEnvironment(), TestPropertyValues.Type.SYSTEM_ENVIRONMENT);
        new ConfigDataApplicationContextInitializer().initialize(context);
        context.registerBean(CommandService.class, () -> commands);
        TestDatabases.Switchable switchable = new TestDatabases.Switchable(dataSource);
        JdbcClient database = JdbcClient.create(switchable);
        JdbcProposalStore store = new JdbcProposalStore(database);
        ProposalService proposals = new ProposalService(
                commands.catalogs(),
                store,
                new CatalogWriter(commands.catalogs(), CatalogHistory.NONE, CatalogWriter.WriteSteps.NONE),
                new ReviewPolicy(Map.of(Platform.DISCORD, Set.of(REVIEWER_ROLE)), false),
                SuggestionLimits.defaults(),
                clock,
                () -> {});
        context.registerBean(ReviewDeliveries.class, () -> new ReviewDeliveries(2, 100));
        context.registerBean(
                ReviewFlow.class,
                () -> new ReviewFlow(
                        proposals,
                        new ReviewPosts(store, clock),
                        commands.catalogs(),
                        context.getBeanProvider(ReviewChannel.class)
                                .orderedStream()
                                .toList(),
                        context.getBean(ReviewDeliveries.class)));
        context.registerBean(
                "reviewOutbox",
                PeriodicTask.class,
                () -> new PeriodicTask(
                        "review-outbox",
                        context.getBean(ReviewFlow.class)::postWaitingReviews,
                        Duration.ofMillis(100)));
        context.registerBean(
                FollowService.class,
                () -> new FollowService(
                        new JdbcFollows(new JdbcTemplate(switchable)), commands.catalogs(), Clock.systemUTC()));
        if (catalog != null) {
            context.registerBean(CatalogReloader.class, () -> catalog);
        }
        context.register(DiscordConfiguration.class);
        context.refresh();
        return new RunningBot(context, switchable, catalog);
    }

    static Map<String, String> options(String... namesAndValues) {
        java.util.LinkedHashMap<String, String> options = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            options.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return options;
    }

    /** The live catalog of {@link #following}. */
    CatalogReloader catalog() {
        return catalog;
    }

    /** The personal feature's direct messages, as the configuration makes them. */
    dev.skillbot.me.DirectMessages directMessages() {
        return context.getBean(DiscordDirectMessages.class);
    }

    /** How the personal feature takes a stopped share's card down, as the configuration makes it. */
    dev.skillbot.me.PostedCards postedCards() {
        return context.getBean(DiscordPostedCards.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    DiscordBot bot() {
        return context.getBean(DiscordBot.class);
    }

    /** The database behind suggestions and follows, which a test can take away and bring back. */
    TestDatabases.Switchable database() {
        return database;
    }

    @Override
    public void close() {
        context.close();
        if (catalog != null) {
            catalog.close();
        }
    }
}
