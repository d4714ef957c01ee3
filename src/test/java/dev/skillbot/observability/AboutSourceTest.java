package dev.skillbot.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.CatalogOrigin;
import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.command.AboutInfo;
import dev.skillbot.suggestion.ProposalStore;
import dev.skillbot.testing.FixtureCatalog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.ResolvableType;

/**
 * {@code about} names the catalog's source as its origin describes it, and nothing else: a Git
 * origin masks credentials in the URL there, so about must not read the URL another way.
 */
class AboutSourceTest {

    private static final String DESCRIBED = "https://git.example/team/skills.git (main)";

    @Test
    void aboutShowsTheCatalogSourceAsTheOriginDescribesIt() {
        new ApplicationContextRunner()
                .withUserConfiguration(ObservabilityConfiguration.class)
                .withBean(Clock.class, Clock::systemUTC)
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withBean(ProposalStore.class, () -> mock(ProposalStore.class))
                .withBean(
                        CatalogReloader.class,
                        () -> new CatalogReloader(
                                        FixtureCatalog.DIR,
                                        new CatalogLoader(),
                                        Duration.ofHours(1),
                                        Duration.ofHours(1),
                                        Clock.systemUTC())
                                .start(),
                        definition -> definition.setDestroyMethodName("close"))
                .withBean(CatalogOrigin.class, () -> new DescribedOrigin(FixtureCatalog.DIR))
                .run(context -> {
                    Supplier<AboutInfo> about = context.<Supplier<AboutInfo>>getBeanProvider(
                                    ResolvableType.forClassWithGenerics(Supplier.class, AboutInfo.class))
                            .getObject();
                    assertThat(about.get().catalogSource()).isEqualTo(DESCRIBED);
                });
    }

    private record DescribedOrigin(Path dir) implements CatalogOrigin {

        @Override
        public Path prepare() {
            return dir;
        }

        @Override
        public String describe() {
            return DESCRIBED;
        }
    }
}
