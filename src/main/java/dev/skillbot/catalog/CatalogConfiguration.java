package dev.skillbot.catalog;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    @Bean(destroyMethod = "close")
    CatalogReloader catalogReloader(CatalogProperties properties, Clock clock) {
        return new CatalogReloader(properties.dir(), new CatalogLoader(), properties.pollInterval(), properties.debounce(), clock)
                .start();
    }
}
