package dev.skillbot.catalog;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    /** Every {@link CatalogReloadListener} bean, in order, looked up at each reload (they may need the reloader). */
    @Bean
    ReloadNotifier reloadNotifier(ObjectProvider<CatalogReloadListener> listeners) {
        return new ReloadNotifier(() -> listeners.orderedStream().toList());
    }

    /** Opens the listeners once every bean exists: looking them up then creates none. */
    @Bean
    SmartInitializingSingleton openReloadNotifier(ReloadNotifier notifier) {
        return notifier::open;
    }

    @Bean(destroyMethod = "close")
    CatalogReloader catalogReloader(
            CatalogProperties properties,
            ObjectProvider<CatalogOrigin> origins,
            Clock clock,
            ReloadNotifier notifier,
            ObjectProvider<CatalogLanguages> languages) {
        CatalogOrigin origin = origins.getIfAvailable(() -> new LocalOrigin(properties.dir()));
        CatalogLocales locales =
                languages.stream().findFirst().map(CatalogLanguages::toLocales).orElse(CatalogLocales.DEFAULT);
        CatalogLoader loader = new CatalogLoader(origin::revision, locales, TranslationCheck.NONE);
        if (properties.snapshot().enabled()) {
            loader.snapshotIn(properties.snapshot().file());
        }
        return new CatalogReloader(
                        origin.prepare(), loader, properties.pollInterval(), properties.debounce(), clock, notifier)
                .start();
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
