package dev.skillbot;

import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.me.MeCommands;
import dev.skillbot.command.AboutInfo;
import dev.skillbot.command.CommandObserver;
import dev.skillbot.command.CommandService;
import dev.skillbot.command.CommandPorts;
import dev.skillbot.digest.DigestCommandHandler;
import dev.skillbot.digest.LookupCounter;
import dev.skillbot.suggestion.ProposalService;
import dev.skillbot.command.SuggestionsView;
import java.time.Clock;
import java.util.function.Supplier;
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
                                  LookupCounter lookups, CommandObserver observer, Supplier<AboutInfo> about, ProposalService proposals,
                                  MeCommands me) {
        CommandService commands = new CommandService(catalogs,
                new CommandPorts(suggestions, digests, lookups::record).withObservability(observer, about).withPersonal(me));
        proposals.onChange(commands::forgetCards); // cards show how many suggestions are open
        return commands;
    }
}
