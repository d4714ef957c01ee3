package dev.skillbot.discord;

import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.command.CommandService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** The Discord adapter, on when {@code DISCORD_TOKEN} is set. */
@Configuration(proxyBeanMethods = false)
@Conditional(DiscordEnabled.class)
@EnableConfigurationProperties(DiscordProperties.class)
class DiscordConfiguration {

    @Bean(destroyMethod = "close")
    DiscordBot discordBot(DiscordProperties properties, CommandService commands, ObjectProvider<CatalogReloader> catalog) {
        CardResponder responder = new CardResponder(commands, new DiscordCardRenderer(), properties.deferAfter());
        DiscordListener listener = new DiscordListener(new SeenInteractions(), responder,
                new DiscordAutocomplete(commands.catalogs()), new ComponentActions(responder));
        DiscordCommandRegistrar registrar = new DiscordCommandRegistrar(new DiscordCommands(commands.catalogs()), properties.guildIds());
        DiscordBot bot = DiscordBot.start(properties, responder, listener, registrar);
        catalog.ifAvailable(reloader -> bot.followCatalog(reloader, registrar));
        return bot;
    }
}
