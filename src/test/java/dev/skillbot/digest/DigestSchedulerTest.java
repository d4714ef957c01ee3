package dev.skillbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Section;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.SuggestionsView;
import dev.skillbot.digest.follow.Follows;
import dev.skillbot.persistence.JdbcCatalogChanges;
import dev.skillbot.persistence.JdbcDigestClaims;
import dev.skillbot.persistence.JdbcFollows;
import dev.skillbot.persistence.JdbcLookupCounts;
import dev.skillbot.persistence.JdbcSubscriptions;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.MutableClock;
import dev.skillbot.testing.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.support.CronExpression;

/** Exactly one digest per channel and week, on one PostgreSQL database shared by several schedulers. */
class DigestSchedulerTest {

    private static final ZoneId ZONE = ZoneId.of("UTC");
    private static final CronExpression MONDAY_NINE = CronExpression.parse("0 0 9 * * MON");

    private final Catalog catalog = FixtureCatalog.load();
    private final RecordingPublisher publisher = new RecordingPublisher();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    private Subscriptions subscriptions;
    private DigestClaims claims;
    private CatalogChanges changes;
    private Follows follows;
    private DigestService digests;

    @BeforeEach
    void setUp() {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.postgres());
        subscriptions = new JdbcSubscriptions(jdbc);
        claims = new JdbcDigestClaims(jdbc);
        changes = new JdbcCatalogChanges(jdbc);
        follows = new JdbcFollows(jdbc);
        digests = new DigestService(
                () -> catalog, changes, new JdbcLookupCounts(jdbc), SuggestionsView.NONE, clock, ZONE);
        subscribe("C_GENERAL", Scope.all());
        subscribe("C_OPERATIONS", new Scope(Scope.Kind.DOMAIN, "operations"));
    }

    @Test
    void aDigestCountsTheApprovalsNotWrittenInItsScope() {
        Instant failedAt = clock.instant().minus(Duration.ofDays(6));
        SuggestionsView view = new SuggestionsView() {
            @Override
            public long openCount(String skillId) {
                return 0;
            }

            @Override
            public List<OpenSuggestion> open(String skillId, int limit) {
                return List.of();
            }

            @Override
            public List<OpenSuggestion> notWritten(String skillId, int limit) {
                return skillId == null || skillId.equals(FixtureCatalog.CANARY_RELEASES)
                        ? List.of(new OpenSuggestion(
                                4, FixtureCatalog.CANARY_RELEASES, "senior", "sre", "Alice", clock.instant(), ""))
                        : List.of();
            }

            @Override
            public Optional<Instant> oldestNotWritten(String skillId) {
                return notWritten(skillId, 1).isEmpty() ? Optional.empty() : Optional.of(failedAt);
            }
        };
        DigestService withOne = new DigestService(
                () -> catalog,
                changes,
                new JdbcLookupCounts(new JdbcTemplate(TestDatabases.postgres())),
                view,
                clock,
                ZONE);
        IsoWeek week = IsoWeek.parse("2026-W48");

        assertThat(withOne.inputs(Scope.all(), week, catalog).notWritten()).isEqualTo(1);
        assertThat(withOne.inputs(Scope.all(), week, catalog).oldestNotWritten())
                .as("the digest ages them too")
                .contains(failedAt);
        assertThat(withOne.compose(Scope.all(), week, "en").blocks().stream()
                        .filter(Section.class::isInstance)
                        .map(block -> ((Section) block).text()))
                .anyMatch(text ->
                        text.startsWith("1 approved edit could not be written to the catalog, the oldest 6 days old"));
        assertThat(withOne.inputs(new Scope(Scope.Kind.SKILL, FixtureCatalog.LOAD_TESTING), week, catalog)
                        .notWritten())
                .isZero();
    }

    @Test
    void nothingIsPostedBeforeTheScheduledTime() {
        clock.set("2026-11-30T08:59:00Z");
        scheduler("a").runDue();
        assertThat(publisher.posts).isEmpty();
    }

    @Test
    void eachChannelGetsOneDigestPerWeekAcrossRepeatedRunsAndReplicas() throws Exception {
        clock.set("2026-11-30T09:00:00Z");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Object>> runs = List.of(
                    () -> scheduler("replica-1").runDue(),
                            () -> scheduler("replica-2").runDue(),
                    () -> scheduler("replica-1").runDue(),
                            () -> scheduler("replica-3").runDue());
            for (var future : pool.invokeAll(runs)) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(publisher.channelsPosted()).containsExactlyInAnyOrder("C_GENERAL", "C_OPERATIONS");
        assertThat(claims.find(Platform.SLACK, "C_GENERAL", IsoWeek.parse("2026-W48"))
                        .orElseThrow()
                        .messageId())
                .isNotNull();
        assertThat(publisher.posts.get(0).card().title()).contains("2026-W48");

        clock.advance(Duration.ofDays(1));
        scheduler("replica-2").runDue();
        assertThat(publisher.posts).hasSize(2);
    }

    @Test
    void aReplicaThatWasDownCatchesUpWhenItStarts() {
        clock.set("2026-12-02T15:00:00Z"); // Wednesday: Monday's run was missed
        DigestRun run = scheduler("late").runDue().orElseThrow();
        assertThat(run.week()).hasToString("2026-W48");
        assertThat(publisher.channelsPosted()).containsExactlyInAnyOrder("C_GENERAL", "C_OPERATIONS");
    }

    @Test
    void aChannelSubscribedAfterTheScheduledTimeWaitsForTheNextWeek() {
        clock.set("2026-12-01T10:00:00Z");
        subscribe("C_NEW", Scope.all());
        scheduler("a").runDue();
        assertThat(publisher.channelsPosted()).doesNotContain("C_NEW");
        clock.set("2026-12-07T09:00:00Z");
        scheduler("a").runDue();
        assertThat(publisher.channelsPosted()).contains("C_NEW");
    }

    @Test
    void aRemovedChannelDoesNotStopTheOthersAndIsUnsubscribedAfterRepeatedFailures() {
        publisher.removedChannels.add("C_OPERATIONS");
        for (String monday : List.of("2026-11-30T09:00:00Z", "2026-12-07T09:00:00Z", "2026-12-14T09:00:00Z")) {
            clock.set(monday);
            DigestRun run = scheduler("a").runDue().orElseThrow();
            assertThat(run.failed())
                    .anyMatch(failure -> failure.contains("C_OPERATIONS") && failure.contains("channel_not_found"));
        }
        assertThat(publisher.channelsPosted()).containsExactly("C_GENERAL", "C_GENERAL", "C_GENERAL");
        assertThat(subscriptions.find(Platform.SLACK, "C_OPERATIONS")).isEmpty();
        assertThat(subscriptions.find(Platform.SLACK, "C_GENERAL")).isPresent();
    }

    @Test
    void aChannelThePublisherCannotReachNowIsLeftUnclaimedForLater() {
        publisher.unreachable.add("C_OPERATIONS");
        clock.set("2026-11-30T09:00:00Z");
        scheduler("a").runDue();
        assertThat(publisher.channelsPosted()).containsExactly("C_GENERAL");
        assertThat(claims.find(Platform.SLACK, "C_OPERATIONS", IsoWeek.parse("2026-W48")))
                .isEmpty();

        publisher.unreachable.clear();
        clock.advance(Duration.ofMinutes(1));
        scheduler("b").runDue();
        assertThat(publisher.channelsPosted()).containsExactlyInAnyOrder("C_GENERAL", "C_OPERATIONS");
    }

    @Test
    void aClaimLeftWithoutAMessageIdIsReconciledNotPostedTwice() {
        publisher.lostAnswers.add("C_GENERAL");
        clock.set("2026-11-30T09:00:00Z");
        scheduler("a").runDue();
        assertThat(publisher.channelsPosted()).containsOnlyOnce("C_GENERAL");
        assertThat(claims.find(Platform.SLACK, "C_GENERAL", IsoWeek.parse("2026-W48"))
                        .orElseThrow()
                        .messageId())
                .isNull();

        clock.advance(Duration.ofMinutes(20));
        DigestRun run = scheduler("b").runDue().orElseThrow();

        assertThat(run.reconciled()).containsExactly("SLACK/C_GENERAL 2026-W48");
        assertThat(publisher.channelsPosted()).containsOnlyOnce("C_GENERAL");
        assertThat(claims.find(Platform.SLACK, "C_GENERAL", IsoWeek.parse("2026-W48"))
                        .orElseThrow()
                        .messageId())
                .isEqualTo("m1");
    }

    @Test
    void followersOfAChangedSkillGetOnePrivateNote() {
        follows.follow(Platform.SLACK, "T1", "U_ALICE", "canary-releases", "en", clock.instant());
        follows.follow(Platform.SLACK, "T1", "U_BOB", "load-testing", "en", clock.instant());
        changes.record(List.of(new CatalogChange(
                Instant.parse("2026-11-26T10:00:00Z"),
                "rev2",
                "canary-releases",
                CatalogChange.Kind.CELL_EDITED,
                "senior",
                "sre")));
        clock.set("2026-11-30T09:00:00Z");

        scheduler("a").runDue();
        scheduler("b").runDue();

        assertThat(publisher.notes).containsExactly("U_ALICE: A skill you follow changed: Canary Releases");
    }

    @Test
    void aChannelSubscribedInChineseGetsItsDigestInChineseAndAFollowerTheirNoteInTheirLanguage() {
        subscriptions.subscribe(
                new Subscription(Platform.SLACK, "T1", "C_ZH", Scope.all(), "U_ADMIN", clock.instant(), 0, "zh-CN"));
        follows.follow(Platform.SLACK, "T1", "U_LI", "canary-releases", "zh-CN", clock.instant());
        changes.record(List.of(new CatalogChange(
                Instant.parse("2026-11-26T10:00:00Z"),
                "rev2",
                "canary-releases",
                CatalogChange.Kind.CELL_EDITED,
                "senior",
                "sre")));
        clock.set("2026-11-30T09:00:00Z");

        scheduler("a").runDue();

        assertThat(publisher.posts)
                .filteredOn(post -> post.channel().equals("C_ZH"))
                .singleElement()
                .satisfies(post -> assertThat(post.card().title()).startsWith("每周技能摘要"));
        assertThat(publisher.posts)
                .filteredOn(post -> post.channel().equals("C_GENERAL"))
                .singleElement()
                .satisfies(post -> assertThat(post.card().title()).startsWith("Weekly skills digest"));
        assertThat(publisher.notes).containsExactly("U_LI: 您关注的技能有变化：Canary Releases");
    }

    private DigestScheduler scheduler(String replica) {
        return new DigestScheduler(
                digests,
                subscriptions,
                claims,
                follows,
                List.of(publisher),
                MONDAY_NINE,
                clock,
                replica,
                Duration.ofMinutes(10),
                3);
    }

    private void subscribe(String channel, Scope scope) {
        subscriptions.subscribe(new Subscription(Platform.SLACK, "T1", channel, scope, "U_ADMIN", clock.instant(), 0));
    }
}
