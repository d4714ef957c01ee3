package dev.skillbot.digest;

import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.command.SuggestionsView;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.support.CronExpression;

@Configuration(proxyBeanMethods = false)
class DigestConfiguration {

    @Bean
    DigestService digestService(CatalogReloader catalogs, DigestStore store, SuggestionsView suggestions, Clock clock, DigestProperties properties) {
        return new DigestService(catalogs, store, suggestions, clock, properties.zone());
    }

    /** The first to hear a catalog reload (README, "The reload flow"). */
    @Bean
    @Order(1)
    CatalogChangeRecorder catalogChangeRecorder(CatalogReloader catalogs, DigestStore store, Clock clock) {
        return new CatalogChangeRecorder(catalogs, store, clock);
    }

    @Bean
    DigestCommandHandler digestCommands(DigestStore store, DigestService digests, Clock clock, DigestProperties properties) {
        return new DigestCommandHandler(store, digests, clock, properties.cron() + " (" + properties.zone() + ")");
    }

    /**
     * Flushed once more when the context closes, after the web server and the chat platforms have
     * stopped (lookups answered during their shut-down count too) and before the database closes.
     */
    @Bean(destroyMethod = "flush")
    LookupCounter lookupCounter(DigestStore store, Clock clock, DigestProperties properties) {
        return new LookupCounter(store, clock, properties.zone());
    }

    @Bean
    FollowService followService(DigestStore store, CatalogReloader catalogs, Clock clock) {
        return new FollowService(store, catalogs, clock);
    }

    @Bean
    DigestScheduler digestScheduler(DigestService digests, DigestStore store, ObjectProvider<DigestPublisher> publishers,
                                    Clock clock, DigestProperties properties) {
        List<DigestPublisher> available = publishers.orderedStream().toList();
        return new DigestScheduler(digests, store, available, CronExpression.parse(properties.cron()), clock,
                ManagementFactory.getRuntimeMXBean().getName(), properties.reconcileAfter(), properties.unsubscribeAfter());
    }

    @Bean
    DigestTicker digestTicker(DigestScheduler scheduler, LookupCounter counter, DigestProperties properties,
                              ObjectProvider<DigestRunListener> listeners) {
        return new DigestTicker(scheduler, counter, properties.tick(), listeners.orderedStream().toList());
    }
}
