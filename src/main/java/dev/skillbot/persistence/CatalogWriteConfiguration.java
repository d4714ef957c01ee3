package dev.skillbot.persistence;

import dev.skillbot.catalog.CatalogProperties;
import dev.skillbot.suggestion.CatalogLease;
import java.time.Clock;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The catalog writer's lease across replicas, in the database they share. */
@Configuration(proxyBeanMethods = false)
class CatalogWriteConfiguration {

    @Bean
    LockProvider catalogLockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    /** Held for {@link CatalogProperties#writeLease()} at most, waited for {@link CatalogProperties#writeWait()} at most. */
    @Bean
    CatalogLease catalogLease(LockProvider catalogLockProvider, Clock clock, CatalogProperties catalog) {
        return new SharedCatalogLease(catalogLockProvider, catalog.writeLease(), catalog.writeWait(), clock);
    }
}
