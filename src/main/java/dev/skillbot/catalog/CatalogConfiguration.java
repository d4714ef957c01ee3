package dev.skillbot.catalog;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    @Bean(destroyMethod = "close")
    CatalogReloader catalogReloader(CatalogProperties properties, ObjectProvider<CatalogOrigin> origins, Clock clock) {
        CatalogOrigin origin = origins.getIfAvailable(() -> new LocalOrigin(properties.dir()));
        return new CatalogReloader(origin.prepare(), new CatalogLoader(origin::revision), properties.pollInterval(),
                properties.debounce(), clock).start();
    }

    /** The catalog as it is on disk, in {@code SKILLBOT_CATALOG_DIR}. */
    record LocalOrigin(Path dir) implements CatalogOrigin {

        @Override
        public Path prepare() {
            return dir;
        }

        @Override
        public String describe() {
            return dir.toAbsolutePath().normalize().toString();
        }
    }
}
