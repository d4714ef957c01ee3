package dev.skillbot.discord;

import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.command.CommandService;
import dev.skillbot.digest.FollowService;
import dev.skillbot.suggestion.ProposalService;
import dev.skillbot.suggestion.SuggestionProperties;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** The Discord adapter, on when {@code DISCORD_TOKEN} is set. */
@Configuration(proxyBeanMethods = false)
@Conditional(DiscordEnabled.class)
@EnableConfigurationProperties({DiscordProperties.class, SuggestionProperties.class})
class DiscordConfiguration {

    /** How long a post to a channel may take before it counts as failed (JDA waits out rate limits within it). */
    private static final Duration POST_TIMEOUT = Duration.ofSeconds(30);

    /** Closed after the web server stopped: the answers in flight are sent first, then JDA closes the gateway. */
    @Bean(destroyMethod = "close")
    DiscordBot discordBot(DiscordProperties properties, SuggestionProperties suggestions, CommandService commands,
                          ProposalService proposals, FollowService follows, ObjectProvider<CatalogReloader> catalog) {
        DiscordCardRenderer renderer = new DiscordCardRenderer();
        AtomicReference<ShardManager> started = new AtomicReference<>();
        DiscordChannels channels = new DiscordChannels(started::get);
        InFlight inFlight = new InFlight();
        CardResponder responder = new CardResponder(commands, renderer, properties.deferAfter(), inFlight);
        SuggestionActions suggest = new SuggestionActions(commands, proposals, responder, renderer, channels,
                suggestions.discord().reviewChannel(), POST_TIMEOUT);
        ReviewActions review = new ReviewActions(proposals, commands.catalogs(), responder, renderer, channels);
        DiscordListener listener = new DiscordListener(new SeenInteractions(), responder, new DiscordAutocomplete(commands.catalogs()),
                new ComponentActions(responder, suggest, review, follows), suggest);
        DiscordCommandRegistrar registrar = new DiscordCommandRegistrar(new DiscordCommands(commands.catalogs()), properties.guildIds());
        DiscordBot bot = DiscordBot.start(properties, responder, new RequestIdListener(new InFlightListener(inFlight, listener)), registrar);
        started.set(bot.shards());
        catalog.ifAvailable(reloader -> bot.followCatalog(reloader, registrar));
        return bot;
    }

    @Bean
    DiscordDigestPublisher discordDigestPublisher(DiscordBot bot) {
        return new DiscordDigestPublisher(new DiscordChannels(bot::shards), new DiscordCardRenderer(), POST_TIMEOUT);
    }

    /** Resolves the bot only when asked, since the command service (and so the bot) needs {@code about}, which lists this status. */
    @Bean
    DiscordPlatformStatus discordPlatformStatus(ObjectProvider<DiscordBot> bot) {
        return new DiscordPlatformStatus(() -> Optional.ofNullable(bot.getIfAvailable()).map(DiscordBot::shards).orElse(null));
    }
}
