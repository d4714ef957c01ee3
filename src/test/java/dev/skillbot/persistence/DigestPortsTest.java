package dev.skillbot.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skillbot.chat.Platform;
import dev.skillbot.digest.CatalogChange;
import dev.skillbot.digest.CatalogChanges;
import dev.skillbot.digest.DigestClaims;
import dev.skillbot.digest.DigestUnavailableException;
import dev.skillbot.digest.IsoWeek;
import dev.skillbot.digest.LookupCounts;
import dev.skillbot.digest.Scope;
import dev.skillbot.digest.Subscription;
import dev.skillbot.digest.Subscriptions;
import dev.skillbot.digest.follow.Follows;
import dev.skillbot.testing.TestDatabases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.jdbc.core.PreparedStatementCreator;

/** The digest's JDBC ports on H2, and each of them behind the database guard as the application wires it. */
class DigestPortsTest {

    private static final Instant AT = Instant.parse("2026-11-25T12:00:00Z");
    private static final IsoWeek WEEK = IsoWeek.parse("2026-W48");

    private final TestDatabases.Switchable database = new TestDatabases.Switchable(TestDatabases.h2());
    private final JdbcTemplate jdbc = new JdbcTemplate(database);
    private final DatabaseGuard guard =
            new DatabaseGuard(Duration.ofSeconds(2), Duration.ofSeconds(5), Clock.systemUTC());

    @AfterEach
    void close() {
        guard.close();
    }

    @Test
    void subscribingAgainReplacesTheScopeAndTheLanguage() {
        Subscriptions subscriptions = new JdbcSubscriptions(jdbc);

        subscriptions.subscribe(subscription("C1", Scope.all(), "en"));
        subscriptions.subscribe(subscription("C1", new Scope(Scope.Kind.DOMAIN, "security"), "zh-CN"));

        assertThat(subscriptions.all()).singleElement().satisfies(subscription -> {
            assertThat(subscription.scope()).isEqualTo(new Scope(Scope.Kind.DOMAIN, "security"));
            assertThat(subscription.locale()).isEqualTo("zh-CN");
        });
    }

    /** A duplicate key that does not go away (here another unique index) is reported after a few attempts, not retried for ever. */
    @Test
    void aDuplicateKeyThatStaysIsReportedAfterABoundedNumberOfAttempts() {
        AtomicInteger inserts = new AtomicInteger();
        JdbcTemplate counting = new JdbcTemplate(database) {
            @Override
            public int update(PreparedStatementCreator creator) {
                if (creator.toString().contains("insert into digest_subscription")) {
                    inserts.incrementAndGet();
                }
                return super.update(creator);
            }
        };
        jdbc.execute("create unique index one_subscription_per_workspace on digest_subscription (workspace)");
        Subscriptions subscriptions = new JdbcSubscriptions(counting);
        subscriptions.subscribe(subscription("C1", Scope.all(), "en"));
        inserts.set(0);

        assertThatThrownBy(() -> subscriptions.subscribe(subscription("C2", Scope.all(), "en")))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(inserts).hasValue(Upsert.ATTEMPTS);
    }

    @Test
    void aLongOutcomeIsCutToWhatTheColumnHolds() {
        DigestClaims claims = new JdbcDigestClaims(jdbc);
        assertThat(claims.claim(Platform.SLACK, "C1", WEEK, "replica-1", AT)).isTrue();
        assertThat(claims.claim(Platform.SLACK, "C1", WEEK, "replica-2", AT)).isFalse();

        claims.recordOutcome(Platform.SLACK, "C1", WEEK, "failed: " + "x".repeat(1_000));

        String outcome = jdbc.queryForObject("select outcome from digest_claim where channel = 'C1'", String.class);
        assertThat(outcome).hasSize(JdbcDigestClaims.OUTCOME_MAX_LENGTH).startsWith("failed: x");
        assertThat(claims.unfinished(AT.plusSeconds(60))).isEmpty();
    }

    @Test
    void changesAreInsertedInBatchesAndReadBackInOrder() {
        AtomicInteger batches = new AtomicInteger();
        JdbcTemplate counting = new JdbcTemplate(database) {
            @Override
            public <T> int[][] batchUpdate(
                    String sql,
                    Collection<T> batchArgs,
                    int batchSize,
                    ParameterizedPreparedStatementSetter<T> setter) {
                batches.incrementAndGet();
                return super.batchUpdate(sql, batchArgs, batchSize, setter);
            }
        };
        CatalogChanges changes = new JdbcCatalogChanges(counting);
        int count = JdbcCatalogChanges.BATCH_SIZE * 2 + 1;
        List<CatalogChange> made = IntStream.range(0, count)
                .mapToObj(i -> new CatalogChange(
                        AT.plusSeconds(i), "rev2", "skill-" + i, CatalogChange.Kind.CELL_EDITED, "senior", null))
                .toList();

        changes.record(made);
        changes.record(List.of());

        assertThat(batches).hasValue(1);
        assertThat(changes.between(AT, AT.plusSeconds(count))).containsExactlyElementsOf(made);
        assertThat(changes.between(AT.plusSeconds(1), AT.plusSeconds(3)))
                .extracting(CatalogChange::skillId)
                .containsExactly("skill-1", "skill-2");
    }

    @Test
    void lookupsAddUpPerWeekAndTheTopComesFirst() {
        LookupCounts lookups = new JdbcLookupCounts(jdbc);

        lookups.add(WEEK, Map.of("gitops-practices", 2L, "observability", 1L));
        lookups.add(WEEK, Map.of("observability", 5L));
        lookups.add(IsoWeek.parse("2026-W49"), Map.of("gitops-practices", 100L));

        assertThat(lookups.top(WEEK, 5))
                .containsExactly(Map.entry("observability", 6L), Map.entry("gitops-practices", 2L));
        assertThat(lookups.top(WEEK, 0)).containsExactly(Map.entry("observability", 6L));
    }

    @Test
    void aUserFollowsASkillOnce() {
        Follows follows = new JdbcFollows(jdbc);

        assertThat(follows.follow(Platform.SLACK, "T1", "U1", "gitops-practices", "zh-CN", AT))
                .isTrue();
        assertThat(follows.follow(Platform.SLACK, "T1", "U1", "gitops-practices", "en", AT))
                .isFalse();

        assertThat(follows.isFollowing(Platform.SLACK, "U1", "gitops-practices"))
                .isTrue();
        assertThat(follows.followers("gitops-practices"))
                .containsExactly(new Follows.Follower(Platform.SLACK, "T1", "U1", "zh-CN"));
        assertThat(follows.unfollow(Platform.SLACK, "U1", "gitops-practices")).isTrue();
        assertThat(follows.isFollowing(Platform.SLACK, "U1", "gitops-practices"))
                .isFalse();
    }

    /** As {@link PersistenceConfiguration} makes them: with the database gone, every port says the digest is unavailable. */
    @Test
    void everyPortTheApplicationUsesIsBehindTheGuard() {
        PersistenceConfiguration configuration = new PersistenceConfiguration();
        Subscriptions subscriptions = configuration.subscriptions(jdbc, guard);
        DigestClaims claims = configuration.digestClaims(jdbc, guard);
        CatalogChanges changes = configuration.catalogChanges(jdbc, guard);
        LookupCounts lookups = configuration.lookupCounts(jdbc, guard);
        Follows follows = configuration.follows(jdbc, guard);
        subscriptions.subscribe(subscription("C1", Scope.all(), "en"));

        database.goDown();

        assertThatThrownBy(() -> subscriptions.find(Platform.SLACK, "C1"))
                .isInstanceOf(DigestUnavailableException.class);
        assertThatThrownBy(() -> claims.claim(Platform.SLACK, "C1", WEEK, "replica-1", AT))
                .isInstanceOf(DigestUnavailableException.class);
        assertThatThrownBy(() -> changes.between(AT, AT.plusSeconds(1))).isInstanceOf(DigestUnavailableException.class);
        assertThatThrownBy(() -> lookups.add(WEEK, Map.of("gitops-practices", 1L)))
                .isInstanceOf(DigestUnavailableException.class);
        assertThatThrownBy(() -> follows.followers("gitops-practices")).isInstanceOf(DigestUnavailableException.class);
    }

    private static Subscription subscription(String channel, Scope scope, String locale) {
        return new Subscription(Platform.SLACK, "T1", channel, scope, "U_ADMIN", AT, 0, locale);
    }
}
