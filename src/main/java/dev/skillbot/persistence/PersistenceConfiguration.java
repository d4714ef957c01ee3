package dev.skillbot.persistence;

import dev.skillbot.digest.CatalogChanges;
import dev.skillbot.digest.DigestClaims;
import dev.skillbot.digest.LookupCounts;
import dev.skillbot.digest.Subscriptions;
import dev.skillbot.digest.follow.Follows;
import dev.skillbot.me.HomeViewVersions;
import dev.skillbot.me.PersonalData;
import dev.skillbot.me.Profiles;
import dev.skillbot.me.SelfMarks;
import dev.skillbot.me.Shares;
import dev.skillbot.suggestion.ProposalStore;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stores, each behind the one {@link DatabaseGuard} of the database they share. They run their
 * statements through Spring Boot's {@link JdbcTemplate}, so {@code spring.jdbc.template.query-timeout} holds for each.
 */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

    @Bean(destroyMethod = "close")
    DatabaseGuard databaseGuard(DatabaseProperties database, Clock clock) {
        return new DatabaseGuard(database.callTimeout(), database.probeAfter(), clock);
    }

    /** Flyway's migrations, tried again in the background while the database cannot be reached. */
    @Bean(destroyMethod = "close")
    TablesAtStart tablesAtStart(DatabaseGuard databaseGuard, DatabaseProperties database) {
        return new TablesAtStart(databaseGuard, database.startRetry());
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
    Subscriptions subscriptions(JdbcTemplate jdbc, DatabaseGuard databaseGuard) {
        return GuardedStores.digest(Subscriptions.class, new JdbcSubscriptions(jdbc), databaseGuard);
    }

    @Bean
    DigestClaims digestClaims(JdbcTemplate jdbc, DatabaseGuard databaseGuard) {
        return GuardedStores.digest(DigestClaims.class, new JdbcDigestClaims(jdbc), databaseGuard);
    }

    @Bean
    CatalogChanges catalogChanges(JdbcTemplate jdbc, DatabaseGuard databaseGuard) {
        return GuardedStores.digest(CatalogChanges.class, new JdbcCatalogChanges(jdbc), databaseGuard);
    }

    @Bean
    LookupCounts lookupCounts(JdbcTemplate jdbc, DatabaseGuard databaseGuard) {
        return GuardedStores.digest(LookupCounts.class, new JdbcLookupCounts(jdbc), databaseGuard);
    }

    @Bean
    Follows follows(JdbcTemplate jdbc, DatabaseGuard databaseGuard) {
        return GuardedStores.digest(Follows.class, new JdbcFollows(jdbc), databaseGuard);
    }

    @Bean
    Profiles profiles(JdbcTemplate jdbc, DatabaseGuard databaseGuard) {
        return GuardedStores.me(Profiles.class, new JdbcProfiles(jdbc), databaseGuard);
    }

    @Bean
    SelfMarks selfMarks(JdbcTemplate jdbc, DatabaseGuard databaseGuard) {
        return GuardedStores.me(SelfMarks.class, new JdbcSelfMarks(jdbc), databaseGuard);
    }

    @Bean
    HomeViewVersions homeViewVersions(JdbcTemplate jdbc, DatabaseGuard databaseGuard) {
        return GuardedStores.me(
                HomeViewVersions.class, new JdbcHomeViewVersions(jdbc, transactions(jdbc)), databaseGuard);
    }

    /** A comment and a revocation of its share each run in one transaction. */
    @Bean
    Shares shares(JdbcTemplate jdbc, DatabaseGuard databaseGuard) {
        return GuardedStores.me(Shares.class, new JdbcShares(jdbc, transactions(jdbc)), databaseGuard);
    }

    /** Forgetting runs in one transaction. */
    @Bean
    PersonalData personalData(JdbcTemplate jdbc, DatabaseGuard databaseGuard) {
        return GuardedStores.me(PersonalData.class, new JdbcPersonalData(jdbc, transactions(jdbc)), databaseGuard);
    }

    /** Transactions on the data source the {@link JdbcTemplate} uses. */
    private static TransactionTemplate transactions(JdbcTemplate jdbc) {
        return new TransactionTemplate(new JdbcTransactionManager(jdbc.getDataSource()));
    }
}
