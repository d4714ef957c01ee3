package dev.skillbot.observability;

import dev.skillbot.card.RenderedCards;
import dev.skillbot.catalog.CatalogOrigin;
import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.command.AboutInfo;
import dev.skillbot.command.BuildVersion;
import dev.skillbot.command.CommandService;
import dev.skillbot.suggestion.ProposalStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class ObservabilityConfiguration {

    @Bean
    MicrometerCommandObserver commandObserver(MeterRegistry registry, UnmatchedLookups unmatchedLookups) {
        return new MicrometerCommandObserver(registry, unmatchedLookups);
    }

    /** Enough distinct texts for a useful top 50 of a busy week, a few hundred KB at most. */
    @Bean
    UnmatchedLookups unmatchedLookups() {
        return new UnmatchedLookups(1000);
    }

    @Bean
    UnmatchedLookupsEndpoint unmatchedLookupsEndpoint(UnmatchedLookups unmatchedLookups, Clock clock) {
        return new UnmatchedLookupsEndpoint(unmatchedLookups, clock.instant());
    }

    @Bean
    CatalogHealthIndicator catalogHealthIndicator(CatalogReloader catalogs) {
        return new CatalogHealthIndicator(catalogs);
    }

    /** The second to hear a catalog reload (README, "The reload flow"). */
    @Bean
    @Order(2)
    CatalogReloadMetrics catalogReloadMetrics(MeterRegistry registry, CatalogReloader catalogs) {
        return new CatalogReloadMetrics(registry, catalogs.status());
    }

    /** Size, hits and misses of every cache of drawn cards ({@code cache_gets_total{cache="cards",platform=...}}). */
    @Bean
    MeterBinder renderedCardsMetrics(ObjectProvider<RenderedCards<?>> caches, ObjectProvider<CommandService> commands) {
        return registry -> {
            caches.orderedStream()
                    .forEach(cards -> CaffeineCacheMetrics.monitor(
                            registry, cards.cache(), "drawn_cards", "platform", cards.name()));
            commands.ifAvailable(service -> CaffeineCacheMetrics.monitor(registry, service.cardCache(), "cards"));
        };
    }

    @Bean
    DigestMetrics digestMetrics(MeterRegistry registry) {
        return new DigestMetrics(registry);
    }

    @Bean
    ProposalMetrics proposalMetrics(ProposalStore store) {
        return new ProposalMetrics(store);
    }

    @Bean
    PlatformsHealthIndicator platformsHealthIndicator(ObjectProvider<PlatformStatus> platforms) {
        return new PlatformsHealthIndicator(platforms.orderedStream().toList());
    }

    @Bean
    Supplier<AboutInfo> aboutInfo(
            CatalogReloader catalogs,
            ObjectProvider<PlatformStatus> platforms,
            ObjectProvider<BuildProperties> build,
            ObjectProvider<CatalogOrigin> origin) {
        String version =
                build.stream().map(BuildProperties::getVersion).findFirst().orElseGet(BuildVersion::current);
        List<PlatformStatus> available = platforms.orderedStream().toList();
        String source = origin.stream()
                .map(CatalogOrigin::describe)
                .findFirst()
                .orElse(catalogs.dir().toAbsolutePath().normalize().toString());
        return new AboutProvider(version, catalogs, () -> source, available);
    }
}
