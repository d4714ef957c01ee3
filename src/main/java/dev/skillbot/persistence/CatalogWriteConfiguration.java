package dev.skillbot.persistence;

import dev.skillbot.suggestion.CatalogLease;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.beans.factory.annotation.Value;
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

    /**
     * {@code SKILLBOT_CATALOG_WRITE_LEASE}: how long a replica that died writing keeps the others
     * waiting; {@code SKILLBOT_CATALOG_WRITE_WAIT}: how long a write waits for the lease.
     */
    @Bean
    CatalogLease catalogLease(LockProvider catalogLockProvider, Clock clock,
                              @Value("${skillbot.catalog.write-lease:2m}") Duration lease,
                              @Value("${skillbot.catalog.write-wait:60s}") Duration wait) {
        return new SharedCatalogLease(catalogLockProvider, lease, wait, clock);
    }
}
