package dev.skillbot;

import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.command.CommandService;
import dev.skillbot.command.Features;
import dev.skillbot.digest.DigestCommandHandler;
import dev.skillbot.digest.LookupCounter;
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
    CommandService commandService(CatalogReloader catalogs, SuggestionsView suggestions, DigestCommandHandler digests,
                                  LookupCounter lookups) {
        return new CommandService(catalogs, new Features(suggestions, digests, lookups::record));
    }
}
