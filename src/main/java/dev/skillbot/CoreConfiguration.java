package dev.skillbot;

import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.command.CommandService;
import dev.skillbot.command.SuggestionsView;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    CommandService commandService(CatalogReloader catalogs, SuggestionsView suggestions) {
        return new CommandService(catalogs, suggestions);
    }
}
