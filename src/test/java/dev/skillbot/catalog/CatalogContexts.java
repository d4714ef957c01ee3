package dev.skillbot.catalog;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The catalog's Spring wiring on a catalog directory, with hour-long checks so that only a test reloads it. */
final class CatalogContexts {

    private CatalogContexts() {}

    static ApplicationContextRunner on(Path dir, CatalogProperties.Snapshot snapshot, Class<?>... configurations) {
        return new ApplicationContextRunner()
                .withUserConfiguration(CatalogConfiguration.class)
                .withUserConfiguration(configurations)
                .withBean(
                        CatalogProperties.class,
                        () -> new CatalogProperties(
                                dir,
                                Duration.ofHours(1),
                                Duration.ofHours(1),
                                Duration.ofMinutes(2),
                                Duration.ofSeconds(60),
                                snapshot))
                .withBean(Clock.class, Clock::systemUTC);
    }
}
