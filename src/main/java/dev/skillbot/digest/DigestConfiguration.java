package dev.skillbot.digest;

import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.command.SuggestionsView;
import dev.skillbot.concurrent.DaemonThreads;
import dev.skillbot.digest.follow.FollowService;
import dev.skillbot.digest.follow.Follows;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.support.CronExpression;

@Configuration(proxyBeanMethods = false)
class DigestConfiguration {

    @Bean
    DigestService digestService(
            CatalogReloader catalogs,
            CatalogChanges changes,
            LookupCounts lookups,
            SuggestionsView suggestions,
            Clock clock,
            DigestProperties properties) {
        return new DigestService(catalogs, changes, lookups, suggestions, clock, properties.zone());
    }

    /** The first to hear a catalog reload (README, "The reload flow"). */
    @Bean
    @Order(1)
    CatalogChangeRecorder catalogChangeRecorder(CatalogReloader catalogs, CatalogChanges changes, Clock clock) {
        return new CatalogChangeRecorder(catalogs, changes, clock);
    }

    @Bean
    DigestCommandHandler digestCommands(
            Subscriptions subscriptions,
            DigestService digests,
            Clock clock,
            DigestProperties properties,
            ObjectProvider<DigestPublisher> publishers) {
        SubscriptionAnnouncer announcer = new SubscriptionAnnouncer(
                () -> publishers.orderedStream().toList(),
                Executors.newSingleThreadExecutor(DaemonThreads.named("digest-announce")),
                subscriptions);
        return new DigestCommandHandler(
                subscriptions, digests, clock, CronExpression.parse(properties.cron()), announcer);
    }

    /**
     * Flushed once more when the context closes, after the web server and the chat platforms have
     * stopped (lookups answered during their shut-down count too) and before the database closes.
     */
    @Bean(destroyMethod = "flush")
    LookupCounter lookupCounter(LookupCounts lookups, Clock clock, DigestProperties properties) {
        return new LookupCounter(lookups, clock, properties.zone());
    }

    @Bean
    FollowService followService(Follows follows, CatalogReloader catalogs, Clock clock) {
        return new FollowService(follows, catalogs, clock);
    }

    @Bean
    DigestScheduler digestScheduler(
            DigestService digests,
            Subscriptions subscriptions,
            DigestClaims claims,
            Follows follows,
            ObjectProvider<DigestPublisher> publishers,
            Clock clock,
            DigestProperties properties) {
        List<DigestPublisher> available = publishers.orderedStream().toList();
        return new DigestScheduler(
                digests,
                subscriptions,
                claims,
                follows,
                available,
                CronExpression.parse(properties.cron()),
                clock,
                ManagementFactory.getRuntimeMXBean().getName(),
                properties.reconcileAfter(),
                properties.unsubscribeAfter());
    }

    @Bean
    DigestTicker digestTicker(
            DigestScheduler scheduler,
            LookupCounter counter,
            DigestProperties properties,
            ObjectProvider<DigestRunListener> listeners) {
        return new DigestTicker(
                scheduler, counter, properties.tick(), listeners.orderedStream().toList());
    }
}
