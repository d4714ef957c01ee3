package dev.skillbot.discord;

import dev.skillbot.command.CommandService;
import dev.skillbot.digest.follow.FollowService;
import dev.skillbot.i18n.LanguagePreferences;
import dev.skillbot.i18n.ReaderLanguage;
import dev.skillbot.suggestion.ReviewFlow;
import dev.skillbot.suggestion.SuggestionProperties;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The Discord adapter, on when {@code DISCORD_TOKEN} is set. */
@Configuration(proxyBeanMethods = false)
@Conditional(DiscordEnabled.class)
@EnableConfigurationProperties({DiscordProperties.class, SuggestionProperties.class})
class DiscordConfiguration {

    /** How long a post to a channel may take before it counts as failed (JDA waits out rate limits within it). */
    private static final Duration POST_TIMEOUT = Duration.ofSeconds(30);

    /** Closed after the web server stopped: the answers in flight are sent first, then JDA closes the gateway. */
    @Bean(destroyMethod = "close")
    DiscordBot discordBot(
            DiscordProperties properties,
            CommandService commands,
            ReviewFlow reviewFlow,
            FollowService follows,
            DiscordCommandRegistrar registrar,
            ObjectProvider<LanguagePreferences> preferences) {
        DiscordCardRenderer renderer = new DiscordCardRenderer();
        InFlight inFlight = new InFlight();
        Invocations invocations = new Invocations(readers(preferences));
        CardResponder responder = new CardResponder(commands, renderer, properties.deferAfter(), inFlight);
        SuggestionActions suggest = new SuggestionActions(commands, reviewFlow, responder, invocations);
        ReviewActions review = new ReviewActions(reviewFlow, responder, renderer, invocations);
        DiscordListener listener = new DiscordListener(
                new SeenInteractions(),
                responder,
                new DiscordAutocomplete(commands.catalogs()),
                new ComponentActions(
                        responder,
                        new ChannelPosts(responder, commands, renderer),
                        suggest,
                        review,
                        follows,
                        invocations),
                suggest,
                invocations);
        return DiscordBot.start(
                properties, responder, new RequestIdListener(new InFlightListener(inFlight, listener)), registrar);
    }

    /** Readers' own language choices, when a {@link LanguagePreferences} bean keeps them. */
    /** The bot's channels, resolving the bot only when a message is sent (the bot needs what uses them). */
    private static DiscordChannels lazyChannels(ObjectProvider<DiscordBot> bot) {
        return new DiscordChannels(() -> Optional.ofNullable(bot.getIfAvailable())
                .map(DiscordBot::shards)
                .orElse(null));
    }

    private static ReaderLanguage readers(ObjectProvider<LanguagePreferences> preferences) {
        return new ReaderLanguage(preferences.getIfAvailable(() -> LanguagePreferences.NONE));
    }

    /** Registers {@code /skill} as shards and guilds come up. */
    @Bean
    DiscordCommandRegistrar discordCommandRegistrar(DiscordProperties properties, CommandService commands) {
        return new DiscordCommandRegistrar(new DiscordCommands(commands.catalogs()), properties.guildIds());
    }

    /** The third to hear a catalog reload (README, "The reload flow"): it may call Discord. */
    @Bean
    @Order(3)
    DiscordCommandRefresh discordCommandRefresh(DiscordBot bot, DiscordCommandRegistrar registrar) {
        return new DiscordCommandRefresh(bot, registrar);
    }

    /**
     * The review flow's way into Discord. It reaches the bot only when a review post is sent, after
     * start-up, since the bot's listeners need the flow that this channel is part of.
     */
    @Bean
    DiscordReviewChannel discordReviewChannel(
            SuggestionProperties suggestions,
            ObjectProvider<DiscordBot> bot,
            ObjectProvider<LanguagePreferences> preferences) {
        return new DiscordReviewChannel(
                lazyChannels(bot),
                new DiscordCardRenderer(),
                suggestions.discord().reviewChannel(),
                POST_TIMEOUT,
                readers(preferences));
    }

    /** The personal feature's direct messages; like the review channel, it reaches the bot only when it sends. */
    @Bean
    DiscordDirectMessages discordDirectMessages(
            ObjectProvider<DiscordBot> bot, ObjectProvider<LanguagePreferences> preferences) {
        return new DiscordDirectMessages(lazyChannels(bot), new DiscordCardRenderer(), readers(preferences));
    }

    /** Takes stopped shares' cards down from their channels; reaches the bot only when it deletes one. */
    @Bean
    DiscordPostedCards discordPostedCards(ObjectProvider<DiscordBot> bot) {
        return new DiscordPostedCards(lazyChannels(bot), POST_TIMEOUT);
    }

    @Bean
    DiscordDigestPublisher discordDigestPublisher(DiscordBot bot) {
        return new DiscordDigestPublisher(new DiscordChannels(bot::shards), new DiscordCardRenderer(), POST_TIMEOUT);
    }

    /** Resolves the bot only when asked, since the command service (and so the bot) needs {@code about}, which lists this status. */
    @Bean
    DiscordPlatformStatus discordPlatformStatus(ObjectProvider<DiscordBot> bot) {
        return new DiscordPlatformStatus(
                () -> Optional.ofNullable(bot.getIfAvailable())
                        .map(DiscordBot::shards)
                        .orElse(null),
                () -> Optional.ofNullable(bot.getIfAvailable())
                        .map(DiscordBot::waiting)
                        .orElse("not started"));
    }
}
