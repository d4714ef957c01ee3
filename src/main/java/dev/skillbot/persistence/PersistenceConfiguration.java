package dev.skillbot.persistence;

import dev.skillbot.digest.DigestStore;
import dev.skillbot.suggestion.ProposalStore;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The stores, each behind the one {@link DatabaseGuard} of the database they share. */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

    @Bean(destroyMethod = "close")
    DatabaseGuard databaseGuard(DatabaseProperties database, Clock clock) {
        return new DatabaseGuard(database.callTimeout(), database.probeAfter(), clock);
    }

    /** Named so that it replaces Spring Boot's {@code db} health indicator. */
    @Bean
    DatabaseHealthIndicator dbHealthIndicator(DataSource dataSource, DatabaseGuard databaseGuard) {
        return new DatabaseHealthIndicator(dataSource, databaseGuard);
    }

    @Bean
    ProposalStore proposalStore(JdbcClient jdbc, DatabaseGuard databaseGuard) {
        return GuardedStores.proposals(new JdbcProposalStore(jdbc), databaseGuard);
    }

    @Bean
    DigestStore digestStore(JdbcClient jdbc, DatabaseGuard databaseGuard) {
        return GuardedStores.digests(new JdbcDigestStore(jdbc), databaseGuard);
    }
}
