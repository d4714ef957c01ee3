package dev.skillbot.suggestion;

import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.chat.Platform;
import dev.skillbot.concurrent.PeriodicTask;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SuggestionConfiguration {

    @Bean
    ProposalSuggestionsView suggestionsView(ProposalStore store) {
        return new ProposalSuggestionsView(store);
    }

    /** The one writer of the catalog's files; tests observe its steps through a {@link CatalogWriter.WriteSteps} bean. */
    @Bean
    CatalogWriter catalogWriter(
            CatalogReloader catalogs,
            CatalogHistory history,
            ObjectProvider<CatalogLease> lease,
            ObjectProvider<CatalogWriter.WriteSteps> steps) {
        return new CatalogWriter(
                catalogs,
                history,
                lease.getIfAvailable(() -> CatalogLease.LOCAL),
                steps.getIfAvailable(() -> CatalogWriter.WriteSteps.NONE));
    }

    @Bean
    ProposalService proposalService(
            CatalogReloader catalogs,
            ProposalStore store,
            ProposalSuggestionsView view,
            CatalogWriter writer,
            SuggestionProperties properties,
            Clock clock) {
        ReviewPolicy policy = new ReviewPolicy(
                Map.of(
                        Platform.SLACK, Set.copyOf(properties.slack().reviewers()),
                        Platform.DISCORD, Set.copyOf(properties.discord().reviewerRoles())),
                properties.selfApproval());
        ProposalService service = new ProposalService(
                catalogs, store, writer, policy, properties.limits(), clock, catalogs::reloadAfterWrite);
        service.onChange(view::changed);
        return service;
    }

    @Bean
    ReviewDeliveries reviewDeliveries() {
        return new ReviewDeliveries(2, 1000);
    }

    /** One flow for every platform; each adapter that is switched on contributes its {@link ReviewChannel}. */
    @Bean
    ReviewFlow reviewFlow(
            ProposalService proposals,
            ProposalStore store,
            Clock clock,
            CatalogReloader catalogs,
            ObjectProvider<ReviewChannel> channels,
            ReviewDeliveries deliveries) {
        return new ReviewFlow(
                proposals,
                new ReviewPosts(store, clock),
                catalogs,
                channels.orderedStream().toList(),
                deliveries);
    }

    /** Posts the reviews still missing that this replica can reach, every {@link SuggestionProperties#reviewOutboxInterval()}. */
    @Bean
    PeriodicTask reviewOutbox(ReviewFlow reviewFlow, SuggestionProperties properties) {
        return new PeriodicTask("review-outbox", reviewFlow::postWaitingReviews, properties.reviewOutboxInterval());
    }

    /**
     * Before the server and the chat clients start: approvals a crash interrupted are finished, the writer's leftovers
     * removed; asked again while the database cannot be reached (as soon as {@code skillbot.database.start-retry}).
     */
    @Bean(destroyMethod = "close")
    ApprovalRecoveryAtStart approvalRecovery(
            ProposalService proposals,
            ProposalStore store,
            CatalogHistory history,
            CatalogReloader catalogs,
            Clock clock,
            @Value("${skillbot.database.start-retry:5s}") Duration firstWait) {
        return new ApprovalRecoveryAtStart(
                new ApprovalRecovery(proposals, store, history, catalogs.dir(), clock), firstWait);
    }
}
