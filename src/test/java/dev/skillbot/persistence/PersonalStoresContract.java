package dev.skillbot.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandPorts;
import dev.skillbot.command.CommandService;
import dev.skillbot.me.CellRef;
import dev.skillbot.me.ChecklistIndex;
import dev.skillbot.me.DirectMessages;
import dev.skillbot.me.MeCommands;
import dev.skillbot.me.Profile;
import dev.skillbot.me.SelfMark;
import dev.skillbot.me.Shares;
import dev.skillbot.me.UserRef;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.ParallelApprovals;
import dev.skillbot.testing.PersonalRig;
import dev.skillbot.testing.RecordedDirectMessages;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/** The personal stores on a real database (H2 and PostgreSQL run the same contract), behind the guard as wired. */
abstract class PersonalStoresContract {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final UserRef ANN = new UserRef(Platform.SLACK, "T1", "U0ANN");
    private static final UserRef BOB = new UserRef(Platform.SLACK, "T1", "U0BOB");
    private static final int CELLS = 16;
    /** Rounds of each race of clicks; {@code -Drounds=300} probes longer. */
    private static final int ROUNDS = Integer.getInteger("rounds", 20);

    private PersonalRig rig;

    abstract DataSource dataSource();

    @BeforeEach
    void open() {
        rig = new PersonalRig(dataSource(), Clock.fixed(AT, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void savingAProfileAgainReplacesItAndKeepsTheLanguage() {
        rig.stores.place(ANN, Optional.of("sre"), Optional.of("senior"));
        rig.stores.setLanguage(ANN, Optional.of("zh-CN"));
        rig.stores.place(ANN, Optional.of("devops"), Optional.of("lead"));

        assertThat(new JdbcProfiles(rig.jdbc).find(ANN)).hasValueSatisfying(profile -> {
            assertThat(profile.roleId()).isEqualTo("devops");
            assertThat(profile.levelId()).isEqualTo("lead");
        });
        assertThat(new JdbcProfiles(rig.jdbc).find(ANN).flatMap(Profile::language))
                .contains("zh-CN");
        assertThat(new JdbcProfiles(rig.jdbc).find(BOB)).isEmpty();
    }

    /**
     * Two devices on two replicas, all clicks released together: {@code me lang zh-CN} on one, a role picked on
     * another and a level on a third. Each change writes only its own column, so all three land (a whole profile
     * row read and written back put the others' old values back).
     */
    @Test
    void aLanguageARoleAndALevelSetAtOnceOnTwoReplicasAllLand() throws Exception {
        try (PersonalRig other = new PersonalRig(rig.database, Clock.fixed(AT, ZoneOffset.UTC))) {
            List<CommandService> replicas = List.of(replica(rig), replica(other));
            List<String> changes = List.of("me lang zh-CN", "me devops", "me lead");
            for (int round = 0; round < ROUNDS / 2; round++) {
                asAnn(replicas.get(0), "me sre senior");
                asAnn(replicas.get(0), "me lang");
                List<Runnable> clicks = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    CommandService replica = replicas.get(i % 2);
                    String change = changes.get(i % 3);
                    clicks.add(() -> asAnn(replica, change));
                }
                ParallelApprovals.releaseTogether(clicks);

                assertThat(new JdbcProfiles(rig.jdbc).find(ANN))
                        .as("round %d", round)
                        .hasValueSatisfying(profile -> assertThat(List.of(
                                        profile.roleId(),
                                        profile.levelId(),
                                        profile.language().orElse("none")))
                                .containsExactly("devops", "lead", "zh-CN"));
            }
        }
    }

    /**
     * The hourly limits hold across replicas: two replicas on one database, every click released together. Bob's 40
     * comments on Ann's channel share save 30 and refuse 10; 16 shares of Ann's with Bob send him one direct
     * message. A message not delivered gives the hour back, and one an hour later is sent again.
     */
    @Test
    void theHourlyLimitsHoldAcrossTwoReplicas() throws Exception {
        RecordedDirectMessages counted = new RecordedDirectMessages(Platform.SLACK);
        try (PersonalRig other = new PersonalRig(rig.database, Clock.fixed(AT, ZoneOffset.UTC))) {
            List<CommandService> replicas = List.of(replica(rig, counted), replica(other, counted));
            asAnn(replicas.get(0), "me sre senior");
            long share = rig.stores.shares().share(ANN, new Shares.Viewer("C1", true), AT);
            rig.stores.shares().open(share, AT);
            List<Runnable> clicks = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                CommandService replica = replicas.get(i % 2);
                clicks.add(() -> replica.answer(
                        new Invocation(Platform.SLACK, "T1", "C1", BOB.user(), "en", Invocation.Origin.COMMAND),
                        "me comment " + share + " canary note"));
            }
            ParallelApprovals.releaseTogether(clicks);
            assertThat(rig.jdbc.queryForObject(
                            "select count(*) from me_comment where author_id = ?", Integer.class, BOB.user()))
                    .isEqualTo(30);

            clicks.clear();
            for (int i = 0; i < 16; i++) {
                CommandService replica = replicas.get(i % 2);
                clicks.add(() -> asAnn(replica, "me share <@" + BOB.user() + ">"));
            }
            ParallelApprovals.releaseTogether(clicks);
            assertThat(counted.sent).containsExactly(BOB.user());
        }
        Shares shares = rig.stores.shares();
        assertThat(shares.claimTelling(ANN, "U0CAROL", AT, AT.minusSeconds(3_600)))
                .isTrue();
        shares.releaseTelling(ANN, "U0CAROL", AT);
        assertThat(shares.claimTelling(ANN, "U0CAROL", AT.plusSeconds(1), AT.minusSeconds(3_599)))
                .as("a message not delivered does not use up the hour")
                .isTrue();
        assertThat(shares.claimTelling(ANN, "U0CAROL", AT.plusSeconds(3_000), AT.minusSeconds(600)))
                .isFalse();
        assertThat(shares.claimTelling(ANN, "U0CAROL", AT.plusSeconds(3_601), AT.plusSeconds(1)))
                .isTrue();

        shares.expireLimits(AT.plusSeconds(3_600));
        assertThat(rig.jdbc.queryForObject("select count(*) from me_comment_turn", Integer.class))
                .as("Bob's turn, last used at AT")
                .isZero();
        assertThat(rig.jdbc.queryForObject(
                        "select count(*) from me_share_told where viewer_id = ?", Integer.class, BOB.user()))
                .isZero();
        assertThat(rig.jdbc.queryForObject("select count(*) from me_share_told", Integer.class))
                .as("the claim made at AT + 3601 s stays its hour")
                .isEqualTo(1);
    }

    /**
     * The comment limit counts what the author did in the hour: Bob's comments on a share its owner stopped since, or
     * on one whose owner forgot it, still count, so stopping a share gives him no new comments; an hour later he may
     * comment again.
     */
    @Test
    void commentsOnASharedStoppedOrForgottenSinceStillCountTowardTheHourlyLimit() {
        Shares shares = rig.stores.shares();
        Instant since = AT.minusSeconds(3_600);
        UserRef carol = new UserRef(Platform.SLACK, "T1", "U0CAROL");
        long stopped = shares.share(ANN, new Shares.Viewer("C0TEAM", true), AT);
        long forgotten = shares.share(carol, new Shares.Viewer("C0TEAM", true), AT);
        for (int i = 0; i < 15; i++) {
            assertThat(shares.commentWithin(stopped, "canary-releases", BOB, "one " + i, AT, since, 30))
                    .isEqualTo(Shares.Commented.SAVED);
            assertThat(shares.commentWithin(forgotten, "canary-releases", BOB, "two " + i, AT, since, 30))
                    .isEqualTo(Shares.Commented.SAVED);
        }
        assertThat(shares.revoke(ANN, stopped)).isTrue();
        rig.stores.forget(carol);
        long next = shares.share(ANN, new Shares.Viewer("C0TEAM", true), AT);

        assertThat(shares.commentWithin(next, "canary-releases", BOB, "31st", AT.plusSeconds(1), since, 30))
                .isEqualTo(Shares.Commented.OVER_LIMIT);
        assertThat(shares.commentsOnOthersSince(BOB, since)).isEqualTo(30);
        assertThat(rig.stores.data().export(BOB).get("me_comment_made")).hasSize(30);
        assertThat(shares.commentWithin(
                        next, "canary-releases", BOB, "next hour", AT.plusSeconds(3_601), AT.plusSeconds(1), 30))
                .isEqualTo(Shares.Commented.SAVED);
        shares.expireLimits(AT.plusSeconds(3_600));
        assertThat(rig.jdbc.queryForObject("select count(*) from me_comment_made", Integer.class))
                .as("only the comment of the next hour is still counted")
                .isEqualTo(1);
    }

    /**
     * On two replicas, all released together: Bob's 20 comments on one of Ann's shares and 30 on another, while Ann
     * stops the first. Whatever the order, exactly 30 are saved: those the stop took away still count, and the
     * comments that found the share gone are the only ones not refused by the limit.
     */
    @Test
    void aShareStoppedWhileItsViewerCommentsGivesNoCommentsBack() throws Exception {
        try (PersonalRig other = new PersonalRig(rig.database, Clock.fixed(AT, ZoneOffset.UTC))) {
            List<Shares> replicas = List.of(rig.stores.shares(), other.stores.shares());
            for (int round = 0; round < ROUNDS / 2; round++) {
                UserRef author = new UserRef(Platform.SLACK, "T1", "U0BOB" + round);
                long stopped = replicas.get(0).share(ANN, new Shares.Viewer("C0TEAM", true), AT);
                long kept = replicas.get(0).share(ANN, new Shares.Viewer("C0TEAM", true), AT);
                List<Shares.Commented> results = java.util.Collections.synchronizedList(new ArrayList<>());
                List<Runnable> clicks = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    Shares replica = replicas.get(i % 2);
                    long share = i < 20 ? stopped : kept;
                    clicks.add(() -> results.add(replica.commentWithin(
                            share, "canary-releases", author, "note", AT, AT.minusSeconds(3_600), 30)));
                }
                clicks.add(10, () -> replicas.get(1).revoke(ANN, stopped));
                ParallelApprovals.releaseTogether(clicks);

                assertThat(results)
                        .as("round %d", round)
                        .filteredOn(result -> result == Shares.Commented.SAVED)
                        .hasSize(30);
                assertThat(replicas.get(0).commentsOnOthersSince(author, AT.minusSeconds(3_600)))
                        .isEqualTo(30);
            }
        }
    }

    private static void asAnn(CommandService replica, String text) {
        replica.answer(new Invocation(Platform.SLACK, "T1", "C1", ANN.user(), "en", Invocation.Origin.SELECT), text);
    }

    private static CommandService replica(PersonalRig stores, DirectMessages... messages) {
        Catalog catalog = FixtureCatalog.load();
        return new CommandService(
                () -> catalog,
                CommandPorts.NONE.withPersonal(new MeCommands(stores.stores, new ChecklistIndex(), List.of(messages))));
    }

    /**
     * Two devices: every thread, all released at once, sets its own cell while pairs of threads write
     * the same shared cell with different texts. No cell is lost, and the shared cell holds one of
     * the written values whole.
     */
    @Test
    void manyTogglesAtOnceLoseNoCellAndTheLastWriteWinsPerCell() throws Exception {
        for (int round = 0; round < 5; round++) {
            List<Runnable> clicks = new ArrayList<>();
            CellRef shared = new CellRef("canary-releases", "lead", "sre");
            for (int i = 0; i < CELLS; i++) {
                CellRef own = new CellRef("skill-" + i, "lead", "sre");
                String version = "text " + i;
                boolean on = round % 2 == 0;
                clicks.add(() -> {
                    if (on) {
                        rig.stores.markStore().set(ANN, new SelfMark(own, SelfMark.hash(version), AT));
                    } else {
                        rig.stores.markStore().clear(ANN, own);
                    }
                    rig.stores.markStore().set(ANN, new SelfMark(shared, SelfMark.hash(version), AT));
                });
            }
            ParallelApprovals.releaseTogether(clicks);

            Map<CellRef, SelfMark> marks = rig.stores.marks(ANN);
            int own = round % 2 == 0 ? CELLS : 0;
            assertThat(marks).hasSize(own + 1);
            assertThat(IntStream.range(0, CELLS).mapToObj(i -> SelfMark.hash("text " + i)))
                    .contains(marks.get(shared).textHash());
        }
    }

    /**
     * The App Home view's version: one row per platform user with a profile, whoever records it; the first versions
     * of one person recorded at once by several replicas leave one row, holding one of them.
     */
    @Test
    void aHomeViewsVersionIsOnePerPersonAndRecordedAtOnceLeavesOneRow() throws Exception {
        JdbcHomeViewVersions versions = new JdbcHomeViewVersions(rig.jdbc, rig.transactions);
        versions.published(Platform.SLACK, ANN.user(), "v0", AT);
        assertThat(versions.last(Platform.SLACK, ANN.user()))
                .as("nothing kept of a person without a profile")
                .isEmpty();
        rig.stores.place(ANN, Optional.of("sre"), Optional.empty());
        versions.published(Platform.SLACK, ANN.user(), "v1", AT);
        versions.published(Platform.SLACK, ANN.user(), "v2", AT.plusSeconds(1));
        assertThat(versions.last(Platform.SLACK, ANN.user())).contains("v2");
        assertThat(versions.last(Platform.DISCORD, ANN.user())).isEmpty();

        JdbcFollows follows = new JdbcFollows(rig.jdbc);
        follows.follow(Platform.SLACK, BOB.workspace(), BOB.user(), "canary-releases", "en", AT);
        versions.published(Platform.SLACK, BOB.user(), "f1", AT);
        assertThat(versions.last(Platform.SLACK, BOB.user()))
                .as("kept for a person who follows a skill, without a profile")
                .contains("f1");
        follows.unfollow(Platform.SLACK, BOB.user(), "canary-releases");
        versions.published(Platform.SLACK, BOB.user(), "f2", AT);
        assertThat(versions.last(Platform.SLACK, BOB.user()))
                .as("deleted by the first publish once they follow nothing")
                .isEmpty();

        for (int round = 0; round < ROUNDS; round++) {
            String user = "U0NEW" + round;
            rig.stores.place(new UserRef(Platform.SLACK, "T1", user), Optional.of("sre"), Optional.empty());
            List<String> recorded = List.of("a", "b", "c", "d", "e", "f");
            ParallelApprovals.releaseTogether(recorded.stream()
                    .<Runnable>map(version -> () -> versions.published(Platform.SLACK, user, version, AT))
                    .toList());

            assertThat(rig.jdbc.queryForObject("select count(*) from home_view where user_id = ?", Integer.class, user))
                    .as("round %d", round)
                    .isEqualTo(1);
            assertThat(versions.last(Platform.SLACK, user))
                    .hasValueSatisfying(v -> assertThat(recorded).contains(v));
        }
    }

    /**
     * A Home tab drawn before a forget is recorded while the forget runs (its transaction open, the profile deleted
     * but not committed): the record waits for the forget and, the profile gone, keeps nothing. Recorded during the
     * forget, it outlived it: a row naming the person after their {@code me forget}.
     */
    @ParameterizedTest(name = "the person has {0}")
    @ValueSource(strings = {"a profile", "only a follow"})
    void aHomeViewsVersionRecordedWhileAForgetRunsIsNotKeptAfterIt(String data) throws Exception {
        if (data.equals("a profile")) {
            rig.stores.place(ANN, Optional.of("sre"), Optional.empty());
        } else {
            new JdbcFollows(rig.jdbc).follow(Platform.SLACK, ANN.workspace(), ANN.user(), "canary-releases", "en", AT);
        }
        CountDownLatch forgotten = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        TransactionOperations heldOpen = new TransactionOperations() {
            @Override
            public <T> T execute(TransactionCallback<T> action) {
                return rig.transactions.execute(status -> {
                    T result = action.doInTransaction(status);
                    forgotten.countDown();
                    awaitQuietly(commit);
                    return result;
                });
            }
        };
        JdbcHomeViewVersions versions = new JdbcHomeViewVersions(rig.jdbc, rig.transactions);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> forget = threads.submit(() -> new JdbcPersonalData(rig.jdbc, heldOpen).forget(ANN));
            assertThat(forgotten.await(30, TimeUnit.SECONDS)).isTrue();
            Future<?> record = threads.submit(() -> versions.published(Platform.SLACK, ANN.user(), "v1", AT));
            await().atMost(Duration.ofSeconds(30)).until(() -> record.isDone() || sessionsWaitingForALock() > 0);
            commit.countDown();
            forget.get(30, TimeUnit.SECONDS);
            record.get(30, TimeUnit.SECONDS);
        } finally {
            commit.countDown();
            threads.shutdownNow();
        }
        assertThat(rig.jdbc.queryForObject("select count(*) from home_view", Integer.class))
                .as("home_view rows after the forget")
                .isZero();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sessions of this database waiting for a row another holds, as the database itself reports them. */
    private int sessionsWaitingForALock() throws SQLException {
        try (Connection connection = rig.database.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            String sql = product.contains("H2")
                    ? "select count(*) from information_schema.sessions where blocker_id is not null"
                    : "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'";
            try (var statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** Forgetting leaves no value naming the user in any column of any table, read through the database's own catalog of tables. */
    @Test
    void forgettingLeavesNoRowForTheUserInAnyTable() throws SQLException {
        everythingAbout(ANN);
        everythingAbout(BOB);
        assertThat(tablesMentioning(ANN.user()))
                .contains(
                        "me_profile",
                        "me_mark",
                        "me_share",
                        "me_comment",
                        "me_comment_turn",
                        "me_comment_made",
                        "me_share_told",
                        "skill_follow",
                        "home_view",
                        "proposal",
                        "digest_subscription");

        rig.stores.forget(ANN);

        assertThat(tablesMentioning(ANN.user())).isEmpty();
        assertThat(tablesMentioning(BOB.user()))
                .as("nobody else's rows go")
                .contains("me_profile", "me_mark", "skill_follow", "home_view", "proposal");
        assertThat(rig.jdbc.queryForObject("select count(*) from proposal", Integer.class))
                .as("the suggestion stays, anonymised")
                .isEqualTo(2);
    }

    @Test
    void theExportHoldsEveryRowAboutTheUserAndNoOneElses() {
        everythingAbout(ANN);
        everythingAbout(BOB);

        Map<String, List<Map<String, Object>>> export = rig.stores.data().export(ANN);

        assertThat(export.keySet())
                .containsExactlyInAnyOrder(
                        "me_profile",
                        "me_mark",
                        "skill_follow",
                        "me_share",
                        "me_comment",
                        "me_comment_turn",
                        "me_comment_made",
                        "me_share_told",
                        "home_view",
                        "proposal",
                        "proposal_decided",
                        "digest_subscription");
        assertThat(export.get("me_mark"))
                .singleElement()
                .satisfies(row -> assertThat(row).containsEntry("skill_id", "canary-releases"));
        assertThat(export.toString()).doesNotContain(BOB.user().substring(0, 4) + "BOB\"");
        assertThat(export.get("me_profile").get(0).get("updated_at")).isEqualTo(AT.toString());
        assertThat(export.get("me_comment"))
                .as("their comment from a direct message on a share in another workspace")
                .anySatisfy(row -> assertThat(row).containsEntry("text", "From DMs"));
        assertThat(export.get("me_share"))
                .as("the share made with them there")
                .anySatisfy(row -> assertThat(row).containsEntry("owner_id", "U0CAROL"));
    }

    /**
     * Follows are one per platform user (the Follow button and the weekly note read them so, from any
     * workspace or a Discord direct message): forget and export reach those made elsewhere too.
     */
    @Test
    void forgetAndExportReachFollowsMadeFromAnotherWorkspaceOrADirectMessage() {
        JdbcFollows follows = new JdbcFollows(rig.jdbc);
        follows.follow(ANN.platform(), "dm", ANN.user(), "load-testing", "en", AT);
        follows.follow(BOB.platform(), "dm", BOB.user(), "load-testing", "en", AT);

        assertThat(rig.stores.data().export(ANN).get("skill_follow"))
                .singleElement()
                .satisfies(row -> assertThat(row).containsEntry("skill_id", "load-testing"));
        rig.stores.forget(ANN);

        assertThat(follows.followedBy(ANN.platform(), ANN.user())).isEmpty();
        assertThat(follows.followedBy(BOB.platform(), BOB.user())).hasSize(1);
    }

    /**
     * A suggestion made from a Discord direct message (workspace "dm"), and a decision, are the same platform
     * user's as in a server (the rate limit counts them so): forget anonymises, and export lists, them too.
     */
    @Test
    void forgetAndExportReachSuggestionsMadeFromADirectMessage() throws SQLException {
        UserRef ann = new UserRef(Platform.DISCORD, "G1", "4242");
        rig.jdbc.update(
                "insert into proposal (skill_id, level_id, role_id, old_text, new_text, old_required, new_required, rationale, "
                        + "author_platform, author_workspace, author_user_id, author_name, catalog_revision, status, created_at, updated_at, "
                        + "decided_by, decider_platform, decider_workspace, decider_user_id) "
                        + "values ('canary-releases', 'lead', 'sre', 'a', 'b', true, true, 'why', 'DISCORD', 'dm', '4242', 'Ann', "
                        + "'rev', 'OPEN', ?, ?, 'Ann', 'DISCORD', 'G2', '4242')",
                Timestamp.from(AT),
                Timestamp.from(AT));

        Map<String, List<Map<String, Object>>> export = rig.stores.data().export(ann);
        assertThat(export.get("proposal")).hasSize(1);
        assertThat(export.get("proposal_decided")).hasSize(1);
        rig.stores.forget(ann);

        assertThat(tablesMentioning("4242")).isEmpty();
        assertThat(rig.jdbc.queryForObject("select author_name from proposal", String.class))
                .isEqualTo("forgotten");
    }

    /**
     * A Discord user id is one person in every server and in direct messages: export from any server lists the
     * profiles, marks and shares of every server, and forget from any server (or a direct message, where no profile
     * can be made) deletes them all, as its confirmation promises.
     */
    @Test
    void forgetAndExportFromAnyDiscordServerReachEveryServer() throws SQLException {
        String id = "5151515151";
        UserRef inOne = new UserRef(Platform.DISCORD, "G1", id);
        UserRef inTwo = new UserRef(Platform.DISCORD, "G2", id);
        UserRef inDms = new UserRef(Platform.DISCORD, UserRef.NO_WORKSPACE, id);
        for (UserRef user : List.of(inOne, inTwo)) {
            rig.stores.place(user, Optional.of("sre"), Optional.of("senior"));
            rig.stores
                    .markStore()
                    .set(user, new SelfMark(new CellRef("canary-releases", "lead", "sre"), SelfMark.hash("x"), AT));
            rig.stores.shares().share(user, new Shares.Viewer("C0" + user.workspace(), true), AT);
        }

        for (UserRef user : List.of(inOne, inDms)) {
            Map<String, List<Map<String, Object>>> export = rig.stores.data().export(user);
            assertThat(export.get("me_profile"))
                    .extracting(row -> row.get("workspace"))
                    .containsExactlyInAnyOrder("G1", "G2");
            assertThat(export.get("me_mark")).hasSize(2);
            assertThat(export.get("me_share")).hasSize(2);
        }

        rig.stores.forget(inOne);

        assertThat(tablesMentioning(id)).isEmpty();
        assertThat(rig.stores.profile(inTwo)).isEmpty();
    }

    /** A Slack user id belongs to its workspace (one installation serves one): forget there leaves another's alone. */
    @Test
    void onSlackForgetReachesTheWorkspaceOfTheUserId() {
        UserRef elsewhere = new UserRef(Platform.SLACK, "T9", ANN.user());
        rig.stores.place(ANN, Optional.of("sre"), Optional.of("senior"));
        rig.stores.place(elsewhere, Optional.of("sre"), Optional.of("lead"));

        assertThat(rig.stores.data().export(ANN).get("me_profile")).singleElement();
        rig.stores.forget(ANN);

        assertThat(rig.stores.profile(ANN)).isEmpty();
        assertThat(rig.stores.profile(elsewhere)).isPresent();
    }

    /** Share ids are drawn at random among 16-digit numbers; a channel share opens once, a person's at once. */
    @Test
    void shareIdsAreRandomAndAChannelShareOpensWhenPosted() {
        Shares shares = rig.stores.shares();
        List<Long> ids = IntStream.range(0, 50)
                .mapToObj(i -> shares.share(ANN, new Shares.Viewer("U0P" + i, false), AT))
                .toList();
        assertThat(ids)
                .doesNotHaveDuplicates()
                .allMatch(id -> String.valueOf(id).length() == 16);
        assertThat(ids).isNotEqualTo(ids.stream().sorted().toList());
        assertThat(shares.find(ids.get(0)).orElseThrow().isOpen()).isTrue();

        long channel = shares.share(ANN, new Shares.Viewer("C0TEAM", true), AT);
        assertThat(shares.find(channel).orElseThrow().isOpen()).isFalse();
        assertThat(shares.open(channel, AT.plusSeconds(5))).isTrue();
        assertThat(shares.open(channel, AT.plusSeconds(9))).isTrue();
        assertThat(shares.find(channel).orElseThrow().opened()).isEqualTo(AT.plusSeconds(5));
        assertThat(shares.find(channel).orElseThrow().viewer()).isEqualTo(new Shares.Viewer("C0TEAM", true));
        assertThat(shares.ownedBy(ANN)).hasSize(51);
        assertThat(shares.ownedBy(BOB)).isEmpty();
    }

    /** Outside every workspace (a Discord direct message) the owner reaches the shares made in each of its workspaces, and only theirs. */
    @Test
    void theSharesOfOnePlatformUserInEveryWorkspace() {
        Shares shares = rig.stores.shares();
        UserRef annElsewhere = new UserRef(ANN.platform(), "T2", ANN.user());
        long here = shares.share(ANN, new Shares.Viewer("C0TEAM", true), AT);
        long there = shares.share(annElsewhere, new Shares.Viewer("C0OTHER", true), AT.plusSeconds(1));
        shares.share(BOB, new Shares.Viewer("C0TEAM", true), AT);
        shares.share(new UserRef(Platform.DISCORD, "G1", ANN.user()), new Shares.Viewer("C0TEAM", true), AT);

        assertThat(shares.ownedAnywhere(Platform.SLACK, ANN.user()))
                .extracting(Shares.Share::id)
                .containsExactly(there, here);
        assertThat(shares.ownedAnywhere(Platform.SLACK, ANN.user()).get(0).owner())
                .isEqualTo(annElsewhere);
    }

    /** Whose profiles show what a forget deletes: owners of the shares holding the person's comments or made with them. */
    @Test
    void theOwnersTouchedByAPersonAreThoseOfSharesWithTheirCommentsOrMadeWithThem() {
        Shares shares = rig.stores.shares();
        UserRef carol = new UserRef(Platform.SLACK, "T2", "U0CAROL");
        long anns = shares.share(ANN, new Shares.Viewer("C0TEAM", true), AT);
        shares.comment(anns, "canary-releases", BOB, "on Ann's", AT);
        shares.comment(anns, "load-testing", BOB, "again", AT);
        shares.share(carol, new Shares.Viewer(BOB.user(), false), AT);
        long bobs = shares.share(BOB, new Shares.Viewer("C0TEAM", true), AT);
        shares.comment(bobs, "canary-releases", BOB, "on his own", AT);
        shares.share(new UserRef(Platform.DISCORD, "G1", "D0DAN"), new Shares.Viewer(BOB.user(), false), AT);
        shares.share(new UserRef(Platform.SLACK, "T1", "U0EVE"), new Shares.Viewer("C0TEAM", true), AT);

        assertThat(shares.ownersTouchedBy(BOB)).containsExactlyInAnyOrder(ANN, carol);
    }

    /** The comment limit's count: one author's comments on others' shares of the platform, any workspace, since a time. */
    @Test
    void commentsOnOthersSinceCountsOneAuthorsCommentsOnOthersSharesSinceThen() {
        Shares shares = rig.stores.shares();
        long here = shares.share(ANN, new Shares.Viewer("C0TEAM", true), AT);
        long there = shares.share(new UserRef(ANN.platform(), "T2", ANN.user()), new Shares.Viewer("C0X", true), AT);
        long discord = shares.share(new UserRef(Platform.DISCORD, "G1", "D0ANN"), new Shares.Viewer("C0D", true), AT);
        UserRef bobElsewhere = new UserRef(BOB.platform(), "T2", BOB.user());
        shares.comment(here, "canary-releases", BOB, "early", AT.minusSeconds(3_600));
        shares.comment(here, "canary-releases", BOB, "one", AT);
        shares.comment(there, "canary-releases", bobElsewhere, "two", AT.plusSeconds(60));
        shares.comment(here, "canary-releases", ANN, "not bob", AT);
        long bobs = shares.share(BOB, new Shares.Viewer("C0TEAM", true), AT);
        shares.comment(bobs, "canary-releases", BOB, "a note on his own share", AT);
        shares.comment(discord, "canary-releases", new UserRef(Platform.DISCORD, "G1", BOB.user()), "other", AT);

        assertThat(shares.commentsOnOthersSince(BOB, AT)).isEqualTo(2);
        assertThat(shares.commentsOnOthersSince(BOB, AT.minusSeconds(3_600))).isEqualTo(3);
        assertThat(shares.commentsOnOthersSince(BOB, AT.plusSeconds(61))).isZero();
        assertThat(shares.commentsOnOthersSince(new UserRef(Platform.DISCORD, "G9", BOB.user()), AT))
                .isEqualTo(1);
    }

    /**
     * The owner revokes a share while its viewers comment on it, all threads released together: no comment
     * outlives the share, none fails with an error, and only the owner can revoke.
     */
    @Test
    void revokingWhileViewersCommentLeavesNoCommentBehind() throws Exception {
        Shares shares = rig.stores.shares();
        for (int round = 0; round < ROUNDS; round++) {
            long share = shares.share(ANN, new Shares.Viewer("C0TEAM", true), AT);
            assertThat(shares.revoke(BOB, share)).isFalse();
            List<Runnable> clicks = new ArrayList<>();
            for (int i = 0; i < CELLS; i++) {
                UserRef viewer = new UserRef(Platform.SLACK, "T1", "U0V" + i);
                clicks.add(() -> shares.comment(share, "canary-releases", viewer, "hi", AT));
            }
            clicks.add(() -> assertThat(shares.revoke(ANN, share)).isTrue());
            ParallelApprovals.releaseTogether(clicks);

            assertThat(shares.find(share)).isEmpty();
            assertThat(shares.comment(share, "canary-releases", BOB, "late", AT))
                    .isFalse();
            assertThat(rig.jdbc.queryForObject(
                            "select count(*) from me_comment where share_id = ?", Integer.class, share))
                    .isZero();
        }
    }

    /**
     * The owner runs {@code me forget} while viewers comment on their shares (a channel's and a person's), all
     * threads released together: no comment outlives the shares, none is left pointing at a share that is gone,
     * and no click fails with an error.
     */
    @Test
    void theOwnersForgetWhileViewersCommentLeavesNoCommentBehind() throws Exception {
        Shares shares = rig.stores.shares();
        for (int round = 0; round < ROUNDS; round++) {
            List<Long> theirs = List.of(
                    shares.share(ANN, new Shares.Viewer("C0TEAM", true), AT),
                    shares.share(ANN, new Shares.Viewer(BOB.user(), false), AT));
            shares.open(theirs.get(0), AT);
            List<Runnable> clicks = new ArrayList<>();
            for (int i = 0; i < CELLS; i++) {
                UserRef viewer = new UserRef(Platform.SLACK, "T1", "U0V" + i);
                long share = theirs.get(i % 2);
                clicks.add(() -> shares.comment(share, "canary-releases", viewer, "hi", AT));
            }
            clicks.add(() -> rig.stores.forget(ANN));
            ParallelApprovals.releaseTogether(clicks);

            assertThat(shares.ownedBy(ANN)).isEmpty();
            for (long share : theirs) {
                assertThat(commentsOn(share))
                        .as("comments on share %d of round %d", share, round)
                        .isZero();
            }
            assertThat(orphanComments()).isZero();
        }
    }

    /**
     * A viewer runs {@code me forget} while commenting, from a direct message, on a share made with them and on a
     * channel share, all threads released together: the share made with them goes with every comment on it; a
     * comment on the channel share stays only if it was written after the forget (it then reported success);
     * no comment points at a share that is gone, and no click fails with an error.
     */
    @Test
    void aViewersForgetWhileTheyCommentLeavesNoCommentOnTheirShares() throws Exception {
        Shares shares = rig.stores.shares();
        UserRef carol = new UserRef(Platform.SLACK, "T2", "U0CAROL");
        UserRef bobInDms = new UserRef(Platform.SLACK, "dm", BOB.user());
        for (int round = 0; round < ROUNDS; round++) {
            long withBob = shares.share(carol, new Shares.Viewer(BOB.user(), false), AT);
            long channel = shares.share(carol, new Shares.Viewer("C0TEAM", true), AT);
            shares.open(channel, AT);
            java.util.concurrent.atomic.AtomicInteger saved = new java.util.concurrent.atomic.AtomicInteger();
            List<Runnable> clicks = new ArrayList<>();
            for (int i = 0; i < CELLS; i++) {
                long share = i % 2 == 0 ? withBob : channel;
                clicks.add(() -> {
                    if (shares.comment(share, "canary-releases", bobInDms, "hi", AT) && share == channel) {
                        saved.incrementAndGet();
                    }
                });
            }
            clicks.add(() -> rig.stores.forget(BOB));
            ParallelApprovals.releaseTogether(clicks);

            assertThat(shares.find(withBob)).isEmpty();
            assertThat(commentsOn(withBob))
                    .as("comments on the share with Bob, round %d", round)
                    .isZero();
            assertThat(commentsOn(channel)).isLessThanOrEqualTo(saved.get());
            assertThat(orphanComments()).isZero();
            shares.revoke(carol, channel);
        }
    }

    /**
     * Two people shared with each other and comment on each other's shares, then both run {@code me forget} at
     * the same moment as more comments arrive: both forgets succeed (no deadlock reaches a user as an error), and
     * nothing of either is left.
     */
    @Test
    void twoPeopleForgettingAtOnceWhileCommentingBothSucceed() throws Exception {
        Shares shares = rig.stores.shares();
        for (int round = 0; round < ROUNDS; round++) {
            List<Long> all = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                all.add(shares.share(ANN, new Shares.Viewer(BOB.user(), false), AT));
                all.add(shares.share(BOB, new Shares.Viewer(ANN.user(), false), AT));
            }
            for (long share : all) {
                shares.comment(share, "canary-releases", ANN, "before", AT);
                shares.comment(share, "canary-releases", BOB, "before", AT);
            }
            List<Runnable> clicks = new ArrayList<>();
            for (int i = 0; i < CELLS; i++) {
                long share = all.get(i % all.size());
                UserRef author = i % 2 == 0 ? ANN : BOB;
                clicks.add(() -> shares.comment(share, "load-testing", author, "now", AT));
            }
            clicks.add(() -> rig.stores.forget(ANN));
            clicks.add(() -> rig.stores.forget(BOB));
            ParallelApprovals.releaseTogether(clicks);

            assertThat(rig.jdbc.queryForObject("select count(*) from me_share", Integer.class))
                    .isZero();
            assertThat(rig.jdbc.queryForObject("select count(*) from me_comment", Integer.class))
                    .isZero();
        }
    }

    /**
     * A share's posted cards wait for nothing while it lives; once it stops, by a revocation or a forget, every one
     * of them is to take down, also those recorded at the same moment as the stop (threads released together): no
     * card is lost, and one taken down is not offered again.
     */
    @Test
    void everyCardOfAStoppedShareIsToTakeDownOnce() throws Exception {
        Shares shares = rig.stores.shares();
        for (int round = 0; round < ROUNDS; round++) {
            long share = shares.share(ANN, new Shares.Viewer("C0TEAM", true), AT);
            shares.posted(share, post("M0-" + round), AT);
            assertThat(shares.toTakeDown(0, 100)).isEmpty();
            List<Runnable> clicks = new ArrayList<>();
            for (int i = 1; i <= CELLS; i++) {
                Shares.Post post = post("M" + i + "-" + round);
                clicks.add(() -> shares.posted(share, post, AT));
            }
            boolean forget = round % 2 == 0;
            clicks.add(() -> {
                if (forget) {
                    rig.stores.forget(ANN);
                } else {
                    shares.revoke(ANN, share);
                }
            });
            ParallelApprovals.releaseTogether(clicks);

            List<Shares.Post> down = shares.toTakeDown(0, 100);
            assertThat(down).as("round %d", round).hasSize(CELLS + 1);
            assertThat(down.get(0).message()).isEqualTo("M0-" + round);
            down.forEach(post -> shares.takenDown(post.id()));
            assertThat(shares.toTakeDown(0, 100)).isEmpty();
        }
    }

    private static Shares.Post post(String message) {
        return new Shares.Post(0, Platform.SLACK, "T1", "C0TEAM", message);
    }

    private int commentsOn(long share) {
        return rig.jdbc.queryForObject("select count(*) from me_comment where share_id = ?", Integer.class, share);
    }

    private int orphanComments() {
        return rig.jdbc.queryForObject(
                "select count(*) from me_comment c where not exists (select 1 from me_share s where s.id = c.share_id)",
                Integer.class);
    }

    /** A profile, a mark, a follow, the Home view's version, a share with a comment by someone else, a comment on someone else's share, a suggestion (which the other user decided), a subscription. */
    private void everythingAbout(UserRef user) {
        UserRef other = user.equals(ANN) ? BOB : ANN;
        // not containing the user's id: the manager's own rows (their comment's count) stay after the user's forget
        String manager = user.equals(ANN) ? "U0MANAGER1" : "U0MANAGER2";
        rig.stores.place(user, Optional.of("sre"), Optional.of("senior"));
        rig.stores
                .markStore()
                .set(user, new SelfMark(new CellRef("canary-releases", "lead", "sre"), SelfMark.hash("x"), AT));
        new JdbcFollows(rig.jdbc).follow(user.platform(), user.workspace(), user.user(), "canary-releases", "en", AT);
        new JdbcHomeViewVersions(rig.jdbc, rig.transactions)
                .published(user.platform(), user.user(), "1700000000.h" + user.user(), AT);
        Shares shares = rig.stores.shares();
        long share = shares.share(user, new Shares.Viewer(manager, false), AT);
        shares.comment(share, "canary-releases", new UserRef(Platform.SLACK, "T1", manager), "Good progress", AT);
        long channelShare = shares.share(other, new Shares.Viewer("C0TEAM", true), AT);
        shares.comment(channelShare, "load-testing", user, "Nice", AT);
        shares.commentWithin(channelShare, "canary-releases", user, "Within", AT, AT.minusSeconds(3_600), 30);
        shares.claimTelling(user, manager, AT, AT.minusSeconds(3_600));
        // shared with the user in another workspace, opened and commented from a direct message (Discord's "dm")
        long elsewhere =
                shares.share(new UserRef(Platform.SLACK, "T2", "U0CAROL"), new Shares.Viewer(user.user(), false), AT);
        shares.comment(elsewhere, "canary-releases", new UserRef(Platform.SLACK, "dm", user.user()), "From DMs", AT);
        rig.jdbc.update(
                "insert into proposal (skill_id, level_id, role_id, old_text, new_text, old_required, new_required, rationale, "
                        + "author_platform, author_workspace, author_user_id, author_name, catalog_revision, status, created_at, updated_at, "
                        + "decided_by, decider_platform, decider_workspace, decider_user_id) "
                        + "values ('canary-releases', 'lead', 'sre', 'a', 'b', true, true, 'why', 'SLACK', 'T1', ?, ?, 'rev', 'OPEN', ?, ?, "
                        + "?, 'SLACK', 'T1', ?)",
                user.user(),
                "Name " + user.user(),
                Timestamp.from(AT),
                Timestamp.from(AT),
                "Name " + other.user(),
                other.user());
        rig.jdbc.update(
                "insert into digest_subscription (platform, workspace, channel, scope_kind, scope_value, created_by, created_at) "
                        + "values ('SLACK', 'T1', ?, 'ALL', '', ?, ?)",
                user.equals(ANN) ? "C0ONE" : "C0TWO",
                user.user(),
                Timestamp.from(AT));
    }

    /** Every table with a text column holding the value, found through JDBC metadata (so a table added later is checked too). */
    private List<String> tablesMentioning(String value) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = rig.database.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = connection.getSchema();
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).as("tables in schema " + schema).hasSizeGreaterThan(8);
            for (String table : tables) {
                try (ResultSet columns = meta.getColumns(null, schema, table, "%")) {
                    while (columns.next()) {
                        int type = columns.getInt("DATA_TYPE");
                        if (type != Types.VARCHAR
                                && type != Types.CHAR
                                && type != Types.LONGVARCHAR
                                && type != Types.NVARCHAR) {
                            continue;
                        }
                        String column = columns.getString("COLUMN_NAME");
                        Integer hits = rig.jdbc.queryForObject(
                                "select count(*) from \"" + table + "\" where \"" + column + "\" like ?",
                                Integer.class,
                                "%" + value + "%");
                        if (hits != null && hits > 0 && !found.contains(table.toLowerCase())) {
                            found.add(table.toLowerCase());
                        }
                    }
                }
            }
        }
        return found;
    }
}
