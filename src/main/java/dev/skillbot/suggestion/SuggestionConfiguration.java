package dev.skillbot.suggestion;

import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.command.Platform;
import dev.skillbot.persistence.JdbcProposalStore;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class SuggestionConfiguration {

    @Bean
    ProposalStore proposalStore(JdbcClient jdbc) {
        return new JdbcProposalStore(jdbc);
    }

    @Bean
    ProposalSuggestionsView suggestionsView(ProposalStore store) {
        return new ProposalSuggestionsView(store);
    }

    @Bean
    ProposalService proposalService(CatalogReloader catalogs, ProposalStore store, ProposalSuggestionsView view,
                                    SuggestionProperties properties, CatalogHistory history, Clock clock) {
        ReviewPolicy policy = new ReviewPolicy(Map.of(
                Platform.SLACK, Set.copyOf(properties.slack().reviewers()),
                Platform.DISCORD, Set.copyOf(properties.discord().reviewerRoles())));
        ProposalService service = new ProposalService(catalogs, store, new CatalogWriter(), history, policy, properties.limits(),
                clock, catalogs::reloadNow);
        service.onChange(view::changed);
        return service;
    }
}
