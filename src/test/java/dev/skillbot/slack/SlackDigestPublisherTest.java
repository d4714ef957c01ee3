package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.SuggestionsView;
import dev.skillbot.digest.CatalogChange;
import dev.skillbot.digest.CatalogChanges;
import dev.skillbot.digest.DigestClaims;
import dev.skillbot.digest.DigestPublisher.DeliveryException;
import dev.skillbot.digest.DigestRun;
import dev.skillbot.digest.DigestScheduler;
import dev.skillbot.digest.DigestService;
import dev.skillbot.digest.IsoWeek;
import dev.skillbot.digest.Scope;
import dev.skillbot.digest.Subscription;
import dev.skillbot.digest.Subscriptions;
import dev.skillbot.digest.follow.Follows;
import dev.skillbot.persistence.JdbcCatalogChanges;
import dev.skillbot.persistence.JdbcDigestClaims;
import dev.skillbot.persistence.JdbcFollows;
import dev.skillbot.persistence.JdbcLookupCounts;
import dev.skillbot.persistence.JdbcSubscriptions;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.support.CronExpression;
import tools.jackson.databind.JsonNode;

/**
 * Issue 6 on Slack: the real scheduler, store and Slack Web API client against the fake Slack,
 * with time that only moves when the delivery waits, so retries and pacing cost no real time.
 */
class SlackDigestPublisherTest {

    private static final String MONDAY = "2026-11-30T09:00:00Z";
    private static final IsoWeek WEEK = IsoWeek.parse("2026-W48");

    private final FakeSlack slack = FakeSlack.start();
    private final FakeTime time = new FakeTime("2026-11-25T12:00:00Z");
    private final Catalog catalog = FixtureCatalog.load();
    private Slack client;
    private SlackDigestPublisher publisher;
    private Subscriptions subscriptions;
    private DigestClaims claims;
    private CatalogChanges changes;
    private Follows follows;
    private DigestService digests;

    @BeforeEach
    void setUp() {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.getMethodsConfig().setStatsEnabled(false);
        client = Slack.getInstance(config);
        publisher = new SlackDigestPublisher(
                client.methods("xoxb-test-token"),
                new PacedSlackCalls(time, time, Duration.ofSeconds(1), Duration.ofMinutes(2)));
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.h2());
        subscriptions = new JdbcSubscriptions(jdbc);
        claims = new JdbcDigestClaims(jdbc);
        changes = new JdbcCatalogChanges(jdbc);
        follows = new JdbcFollows(jdbc);
        digests = new DigestService(
                () -> catalog, changes, new JdbcLookupCounts(jdbc), SuggestionsView.NONE, time, ZoneOffset.UTC);
    }

    @AfterEach
    void tearDown() throws Exception {
        client.close();
        slack.close();
    }

    @Test
    void aRateLimitedPostIsRetriedAfterRetryAfterAndLandsOnce() {
        subscribe("C_GENERAL", Scope.all());
        slack.script("chat.postMessage", FakeSlack.Answer.rateLimited(7));
        time.set(MONDAY);

        DigestRun run = scheduler().runDue().orElseThrow();

        assertThat(run.posted()).containsExactly("SLACK/C_GENERAL");
        assertThat(slack.calls("/api/chat.postMessage")).isEqualTo(2);
        assertThat(slack.posted("C_GENERAL")).hasSize(1);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
        String ts = (String) slack.posted("C_GENERAL").get(0).get("ts");
        assertThat(claims.find(Platform.SLACK, "C_GENERAL", WEEK).orElseThrow().messageId())
                .isEqualTo(ts);
        SlackMessageJson digest = SlackMessageJson.parse(
                SlackRequests.json(slack.posted("C_GENERAL").get(0)));
        assertThat(digest.header()).contains("2026-W48");
        assertThat(BlockKitLimits.violations(digest.node())).isEmpty();
    }

    @Test
    void aRemovedChannelIsReportedAndTheOthersStillGetTheirs() {
        subscribe("C_GENERAL", Scope.all());
        subscribe("C_GONE", Scope.all());
        subscribe("C_OPERATIONS", new Scope(Scope.Kind.DOMAIN, "operations"));
        slack.removeChannel("C_GONE");
        time.set(MONDAY);

        DigestRun run = scheduler().runDue().orElseThrow();

        assertThat(run.failed()).singleElement().asString().contains("C_GONE").contains("channel_not_found");
        assertThat(run.posted()).containsExactlyInAnyOrder("SLACK/C_GENERAL", "SLACK/C_OPERATIONS");
        assertThat(slack.posted("C_GONE")).isEmpty();
        assertThat(slack.posted("C_OPERATIONS")).hasSize(1);
    }

    @Test
    void gonePostsFailAtOnceAsChannelGoneAndServerErrorsBackOffUntilTheyGiveUp() {
        slack.removeChannel("C_GONE");
        assertThatThrownBy(() -> publisher.publish(subscription("C_GONE"), digests.compose(Scope.all(), WEEK, "en")))
                .isInstanceOfSatisfying(
                        DeliveryException.class,
                        e -> assertThat(e.channelGone()).isTrue());
        assertThat(time.sleeps()).isEmpty();

        slack.script("chat.postMessage", FakeSlack.Answer.serverError(503), FakeSlack.Answer.serverError(500));
        publisherPost("C_BUSY");
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(slack.posted("C_BUSY")).hasSize(1);

        FakeSlack.Answer[] outage = new FakeSlack.Answer[20];
        java.util.Arrays.fill(outage, FakeSlack.Answer.serverError(502));
        slack.script("chat.postMessage", outage);
        Instant start = time.instant();
        assertThatThrownBy(() -> publisher.publish(subscription("C_DOWN"), digests.compose(Scope.all(), WEEK, "en")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.channelGone()).isFalse();
                    assertThat(e.getMessage()).contains("gave up");
                });
        assertThat(Duration.between(start, time.instant())).isLessThanOrEqualTo(Duration.ofMinutes(2));
        assertThat(time.sleeps())
                .contains(Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(16), Duration.ofSeconds(30));
    }

    @Test
    void postsToOneChannelKeepToAboutOneASecond() {
        publisherPost("C_GENERAL");
        publisherPost("C_GENERAL");
        publisherPost("C_OTHER");

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void aPostWhoseAnswerWasLostIsFoundByItsMetadataAndNotPostedTwice() throws DeliveryException {
        Subscription general = subscription("C_GENERAL");
        String ts = publisher.publish(general, digests.compose(Scope.all(), WEEK, "en"));
        slack.postedByAnotherBot(
                "C_GENERAL", Map.of("event_type", "skillbot_digest", "event_payload", Map.of("week", "2026-W48")));

        assertThat(publisher.findPosted(general, WEEK)).contains(ts);
        assertThat(publisher.findPosted(general, WEEK.next())).isEmpty();
        assertThat(publisher.findPosted(subscription("C_OTHER"), WEEK)).isEmpty();
        JsonNode metadata = SlackMessageJson.parse(
                        slack.requests("/api/chat.postMessage").get(0).form().get("metadata"))
                .node();
        assertThat(metadata.path("event_type").asString()).isEqualTo("skillbot_digest");
        assertThat(metadata.path("event_payload").path("week").asString()).isEqualTo("2026-W48");
        assertThat(slack.requests("/api/conversations.history").get(0).form())
                .containsEntry("include_all_metadata", "1");
    }

    @Test
    void theNoteForAFollowedSkillArrivesAsADirectMessage() {
        follows.follow(Platform.SLACK, "T0TEST", "U0ALICE", "canary-releases", "en", time.instant());
        changes.record(List.of(new CatalogChange(
                Instant.parse("2026-11-26T10:00:00Z"),
                "rev2",
                "canary-releases",
                CatalogChange.Kind.CELL_EDITED,
                "senior",
                "sre")));
        time.set(MONDAY);

        scheduler().runDue();

        assertThat(slack.posted("U0ALICE"))
                .singleElement()
                .satisfies(message -> assertThat(message.get("text"))
                        .asString()
                        .contains("A skill you follow changed: Canary Releases"));
    }

    private void publisherPost(String channel) {
        try {
            publisher.publish(subscription(channel), digests.compose(Scope.all(), WEEK, "en"));
        } catch (DeliveryException e) {
            throw new AssertionError(e);
        }
    }

    private DigestScheduler scheduler() {
        return new DigestScheduler(
                digests,
                subscriptions,
                claims,
                follows,
                List.of(publisher),
                CronExpression.parse("0 0 9 * * MON"),
                time,
                "test",
                Duration.ofMinutes(10),
                3);
    }

    private void subscribe(String channel, Scope scope) {
        subscriptions.subscribe(
                new Subscription(Platform.SLACK, "T0TEST", channel, scope, "U0ADMIN", time.instant(), 0));
    }

    private Subscription subscription(String channel) {
        return new Subscription(Platform.SLACK, "T0TEST", channel, Scope.all(), "U0ADMIN", time.instant(), 0);
    }
}
