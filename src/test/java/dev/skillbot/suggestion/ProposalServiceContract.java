package dev.skillbot.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Card;
import dev.skillbot.card.Section;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandPorts;
import dev.skillbot.command.CommandService;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.me.PersonalData;
import dev.skillbot.me.UserRef;
import dev.skillbot.persistence.JdbcPersonalData;
import dev.skillbot.persistence.JdbcProposalStore;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.MutableClock;
import dev.skillbot.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The suggestion life cycle against a real database; subclasses pick H2 or PostgreSQL. */
abstract class ProposalServiceContract {

    static final String OLD_SENIOR_SRE =
            "Ties canary gates to SLOs: a rollout that burns error budget faster than allowed stops and rolls back on its own.";
    static final Author ALICE = new Author(Platform.SLACK, "T1", "U_ALICE", "Alice");
    static final Author REVIEWER = new Author(Platform.SLACK, "T1", "U_REVIEWER", "Rita Reviewer");
    static final Author GROUP_MEMBER = new Author(Platform.SLACK, "T1", "U_BOB", "Bob");

    @TempDir
    Path temp;

    Path catalogDir;
    CatalogReloader catalogs;
    TestDatabases.Switchable database;
    ProposalService service;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));

    abstract DataSource dataSource();

    @BeforeEach
    void setUp() {
        catalogDir = FixtureCatalog.copyTo(temp.resolve("catalog"));
        catalogs = new CatalogReloader(
                        catalogDir, new CatalogLoader(), Duration.ofHours(1), Duration.ofHours(1), Clock.systemUTC())
                .start();
        database = new TestDatabases.Switchable(dataSource());
        ReviewPolicy policy = new ReviewPolicy(Map.of(Platform.SLACK, Set.of("U_REVIEWER", "S_REVIEWERS")), false);
        service = new ProposalService(
                catalogs,
                new JdbcProposalStore(JdbcClient.create(database)),
                new CatalogWriter(catalogs, CatalogHistory.NONE, CatalogWriter.WriteSteps.NONE),
                policy,
                SuggestionLimits.defaults(),
                clock,
                catalogs::reloadNow);
    }

    @AfterEach
    void tearDown() {
        catalogs.close();
    }

    @Test
    void aSubmissionIsStoredWithEverythingItNeeds() {
        Proposal saved = saved(service.submit(draft("Designs SLO-gated rollouts."), ALICE));

        Proposal found = service.find(saved.id()).orElseThrow();
        assertThat(found.oldText()).isEqualTo(OLD_SENIOR_SRE);
        assertThat(found.newText()).isEqualTo("Designs SLO-gated rollouts.");
        assertThat(found.oldRequired()).isTrue();
        assertThat(found.rationale()).isEqualTo("clearer");
        assertThat(found.author()).isEqualTo(ALICE);
        assertThat(found.catalogRevision()).isEqualTo(catalogs.current().revision());
        assertThat(found.status()).isEqualTo(ProposalStatus.OPEN);
        assertThat(found.createdAt()).isEqualTo(clock.instant());
        assertThat(service.countOpen("canary-releases")).isEqualTo(1);
        assertThat(service.open("canary-releases", 10)).extracting(Proposal::id).containsExactly(saved.id());
    }

    /** A suggestion made on the Chinese view records its language, and approving it changes that language's line only. */
    @Test
    void aSuggestionOnTheChineseViewChangesOnlyTheChineseText() throws IOException {
        Path dir = FixtureCatalog.copyBilingualTo(temp.resolve("bilingual"));
        Path file = dir.resolve("build-deploy/gitops-practices.yml");
        List<String> before = Files.readAllLines(file);
        try (CatalogReloader bilingual = new CatalogReloader(
                        dir, new CatalogLoader(), Duration.ofHours(1), Duration.ofHours(1), Clock.systemUTC())
                .start()) {
            ProposalService chinese = new ProposalService(
                    bilingual,
                    new JdbcProposalStore(JdbcClient.create(database)),
                    new CatalogWriter(bilingual, CatalogHistory.NONE, CatalogWriter.WriteSteps.NONE),
                    new ReviewPolicy(Map.of(Platform.SLACK, Set.of("U_REVIEWER")), false),
                    SuggestionLimits.defaults(),
                    clock,
                    bilingual::reloadNow);
            String proposed = "高级 sre 使用 Argo CD 和 Flux 从 Git 调和集群，并设置漂移告警。";
            Proposal saved = saved(chinese.submit(
                    new ProposalDraft(FixtureCatalog.GITOPS, "senior", "sre", proposed, true, "更完整", "zh-CN"), ALICE));
            Proposal found = chinese.find(saved.id()).orElseThrow();
            assertThat(found.locale()).isEqualTo("zh-CN");
            assertThat(found.oldText()).isEqualTo("高级 sre 使用 Argo CD 从 Git 调和集群状态。");

            assertThat(chinese.approve(saved.id(), REVIEWER, Set.of())).isInstanceOf(Decision.Decided.class);

            List<String> after = Files.readAllLines(file);
            assertThat(after).hasSameSizeAs(before);
            for (int i = 0; i < before.size(); i++) {
                if (before.get(i).startsWith("updated: ")) {
                    assertThat(after.get(i)).isEqualTo("updated: 2026-11-26");
                } else if (before.get(i).contains("高级 sre 使用 Argo CD")) {
                    assertThat(after.get(i)).isEqualTo("        zh-CN: \"" + proposed + "\"");
                } else {
                    assertThat(after.get(i)).as("line %d", i + 1).isEqualTo(before.get(i));
                }
            }
            var cell = bilingual
                    .current()
                    .skill(FixtureCatalog.GITOPS)
                    .orElseThrow()
                    .expectation(bilingual.current().level("senior").orElseThrow(), "sre")
                    .orElseThrow();
            assertThat(cell.text()).isEqualTo("Senior sre reconciles clusters from Git with Argo CD.");
            assertThat(cell.content().in("zh-CN").text()).isEqualTo(proposed);
        }
    }

    @Test
    void aSuggestionInALanguageTheCatalogDoesNotHaveIsRefused() {
        assertThat(refusal(service.submit(
                        new ProposalDraft("canary-releases", "senior", "sre", "Texte", true, "", "fr"), ALICE)))
                .isEqualTo(MessageKey.SUGGEST_INVALID_CHOICE);
    }

    @Test
    void eachBadSubmissionGetsItsOwnMessage() {
        assertThat(refusal(service.submit(draft(OLD_SENIOR_SRE), ALICE))).isEqualTo(MessageKey.SUGGEST_UNCHANGED);
        assertThat(refusal(service.submit(draft("   "), ALICE))).isEqualTo(MessageKey.SUGGEST_EMPTY);
        assertThat(refusal(service.submit(draft("x".repeat(3001)), ALICE))).isEqualTo(MessageKey.SUGGEST_TOO_LONG);
        assertThat(refusal(
                        service.submit(new ProposalDraft("canary-releases", "senior", "dba", "text", true, ""), ALICE)))
                .isEqualTo(MessageKey.SUGGEST_UNKNOWN_CELL);
        assertThat(refusal(service.submit(new ProposalDraft("nope", "senior", "sre", "text", true, ""), ALICE)))
                .isEqualTo(MessageKey.SUGGEST_UNKNOWN_CELL);
        assertThat(service.submit(
                        new ProposalDraft("canary-releases", "senior", "sre", OLD_SENIOR_SRE, false, ""), ALICE))
                .as("changing only the required flag is a change")
                .isInstanceOf(Submission.Saved.class);
    }

    @Test
    void tenSuggestionsPerHourPerUser() {
        for (int i = 0; i < 10; i++) {
            saved(service.submit(draft("Version " + i), ALICE));
        }
        assertThat(refusal(service.submit(draft("Version 11"), ALICE))).isEqualTo(MessageKey.SUGGEST_RATE_LIMITED);
        assertThat(service.submit(draft("Someone else"), GROUP_MEMBER)).isInstanceOf(Submission.Saved.class);
        clock.advance(Duration.ofMinutes(61));
        assertThat(service.submit(draft("An hour later"), ALICE)).isInstanceOf(Submission.Saved.class);
    }

    @Test
    void anApprovalWritesTheCellAndTheCatalogServesIt() throws IOException {
        Proposal proposal = saved(service.submit(draft("Designs SLO-gated rollouts."), ALICE));

        Decision decision = service.approve(proposal.id(), REVIEWER, Set.of());

        assertThat(decision).isInstanceOf(Decision.Decided.class);
        Proposal decided = ((Decision.Decided) decision).proposal();
        assertThat(decided.status()).isEqualTo(ProposalStatus.APPROVED);
        assertThat(decided.verdict().by()).isEqualTo("Rita Reviewer");
        assertThat(Files.readString(catalogDir.resolve("build-deploy/canary-releases.yml")))
                .contains("text: \"Designs SLO-gated rollouts.\"")
                .contains("updated: 2026-11-26");
        assertThat(catalogs.current()
                        .skill("canary-releases")
                        .orElseThrow()
                        .expectation(catalogs.current().level("senior").orElseThrow(), "sre")
                        .orElseThrow()
                        .text())
                .isEqualTo("Designs SLO-gated rollouts.");
        assertThat(service.countOpen("canary-releases")).isZero();
    }

    @Test
    void onlyReviewersDecideAndGroupMembershipCounts() {
        Proposal proposal = saved(service.submit(draft("Designs SLO-gated rollouts."), ALICE));
        assertThat(service.approve(proposal.id(), ALICE, Set.of())).isInstanceOf(Decision.NotAReviewer.class);
        assertThat(service.reject(proposal.id(), GROUP_MEMBER, Set.of("S_OTHERS"), "no"))
                .isInstanceOf(Decision.NotAReviewer.class);
        assertThat(service.find(proposal.id()).orElseThrow().status()).isEqualTo(ProposalStatus.OPEN);
        assertThat(service.reject(proposal.id(), GROUP_MEMBER, Set.of("S_REVIEWERS"), "too vague"))
                .isInstanceOf(Decision.Decided.class);
        Proposal rejected = service.find(proposal.id()).orElseThrow();
        assertThat(rejected.status()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(rejected.verdict().note()).isEqualTo("too vague");
    }

    @Test
    void aProposalIsDecidedOnceEvenWhenTwoReviewersClickTogether() throws Exception {
        Proposal proposal = saved(service.submit(draft("Designs SLO-gated rollouts."), ALICE));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Decision>> clicks = List.of(
                    () -> service.approve(proposal.id(), REVIEWER, Set.of()),
                    () -> service.approve(proposal.id(), REVIEWER, Set.of()),
                    () -> service.reject(proposal.id(), GROUP_MEMBER, Set.of("S_REVIEWERS"), "no"),
                    () -> service.approve(proposal.id(), GROUP_MEMBER, Set.of("S_REVIEWERS")));
            assertDecidedOnce(pool.invokeAll(clicks).stream()
                    .map(ProposalServiceContract::get)
                    .toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCellChangedUnderneathNeedsAttentionAndNothingIsOverwritten() throws IOException {
        Proposal proposal = saved(service.submit(draft("Designs SLO-gated rollouts."), ALICE));
        Path file = catalogDir.resolve("build-deploy/canary-releases.yml");
        Files.writeString(file, Files.readString(file).replace(OLD_SENIOR_SRE, "Edited directly in Git meanwhile."));
        String before = Files.readString(file);

        Decision decision = service.approve(proposal.id(), REVIEWER, Set.of());

        assertThat(decision).isInstanceOf(Decision.NeedsAttention.class);
        assertThat(((Decision.NeedsAttention) decision).problem()).contains("no longer holds the text");
        assertThat(service.find(proposal.id()).orElseThrow().status()).isEqualTo(ProposalStatus.NEEDS_ATTENTION);
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void reviewersTryingAnApprovalAgainTogetherWriteItOnceWhenItsCauseIsGone() throws Exception {
        Proposal proposal = saved(service.submit(draft("Designs SLO-gated rollouts."), ALICE));
        Path file = catalogDir.resolve("build-deploy/canary-releases.yml");
        String original = Files.readString(file);
        Files.writeString(file, original.replace(OLD_SENIOR_SRE, "Edited directly in Git meanwhile."));
        assertThat(service.approve(proposal.id(), REVIEWER, Set.of())).isInstanceOf(Decision.NeedsAttention.class);
        Files.writeString(file, original); // the edit made meanwhile is taken back

        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Decision>> clicks = new ArrayList<>();
            for (Author reviewer : List.of(REVIEWER, GROUP_MEMBER, REVIEWER, GROUP_MEMBER)) {
                clicks.add(pool.submit(() -> {
                    start.await();
                    return service.approve(proposal.id(), reviewer, Set.of("S_REVIEWERS"));
                }));
            }
            start.countDown();
            assertDecidedOnce(clicks.stream().map(ProposalServiceContract::get).toList());
        } finally {
            pool.shutdownNow();
        }
        assertThat(service.find(proposal.id()).orElseThrow().status()).isEqualTo(ProposalStatus.APPROVED);
        assertThat(Files.readString(file))
                .contains("Designs SLO-gated rollouts.")
                .doesNotContain(OLD_SENIOR_SRE);
    }

    @Test
    void anApprovalThatNeedsAttentionIsClosedWithAReasonForTheAuthor() throws IOException {
        Proposal proposal = saved(service.submit(draft("Designs SLO-gated rollouts."), ALICE));
        Path file = catalogDir.resolve("build-deploy/canary-releases.yml");
        Files.writeString(file, Files.readString(file).replace(OLD_SENIOR_SRE, "Edited directly in Git meanwhile."));
        service.approve(proposal.id(), REVIEWER, Set.of());
        assertThat(service.find(proposal.id()).orElseThrow().verdict())
                .extracting(Proposal.Verdict::cause, Proposal.Verdict::note)
                .containsExactly(
                        WriteCause.CELL_CHANGED,
                        "the cell senior/sre no longer holds the text the suggestion was made against");

        assertThat(service.refusalBeforeDeciding(proposal.id(), REVIEWER, Set.of()))
                .isEmpty();
        CommandService commands = new CommandService(
                catalogs::current,
                CommandPorts.NONE.withSuggestions(
                        new ProposalSuggestionsView(new JdbcProposalStore(JdbcClient.create(database)))));
        Card listed = commands.answer(Invocation.cli("en"), "proposals canary");
        assertThat(headings(listed))
                .containsExactly("#" + proposal.id()
                        + " · Canary Releases · Senior · Site Reliability Engineer (SRE) · by Alice, 2026-11-26");
        assertThat(listed.blocks())
                .last()
                .extracting(block -> ((Section) block).text())
                .isEqualTo("Approved, but not written to the catalog: try again or close it on its review message.");
        Decision closed = service.reject(proposal.id(), REVIEWER, Set.of(), "Superseded by the direct edit.");
        assertThat(headings(commands.answer(Invocation.cli("en"), "proposals"))).isEmpty();

        assertThat(closed).isInstanceOf(Decision.Decided.class);
        Proposal after = service.find(proposal.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(after.verdict().note()).isEqualTo("Superseded by the direct edit.");
        assertThat(after.verdict().cause())
                .as("a reviewer's decision clears the cause")
                .isNull();
        assertThat(service.approve(proposal.id(), REVIEWER, Set.of())).isInstanceOf(Decision.AlreadyDecided.class);
    }

    @Test
    void aDatabaseOutageSavesNothingAndTheNextAttemptWorks() {
        database.goDown();
        assertThat(service.submit(draft("Designs SLO-gated rollouts."), ALICE))
                .isInstanceOf(Submission.Unavailable.class);
        database.comeBack();
        Proposal proposal = saved(service.submit(draft("Designs SLO-gated rollouts."), ALICE));
        assertThat(service.countOpen(null)).isEqualTo(1);

        database.goDown();
        assertThat(service.approve(proposal.id(), REVIEWER, Set.of())).isInstanceOf(Decision.Unavailable.class);
        database.comeBack();
        assertThat(service.find(proposal.id()).orElseThrow().status()).isEqualTo(ProposalStatus.OPEN);
        assertThat(service.approve(proposal.id(), REVIEWER, Set.of())).isInstanceOf(Decision.Decided.class);
    }

    /**
     * A reviewer's {@code me forget} and {@code me export} cover the suggestions they decided: the
     * decisions are exported, and forgetting takes their name off them (the suggestions stay).
     */
    @Test
    void aReviewersDecisionsAreInTheirExportAndTheirNameLeavesThemWhenForgotten() {
        Proposal rejected = saved(service.submit(draft("Designs SLO-gated rollouts."), ALICE));
        assertThat(service.reject(rejected.id(), REVIEWER, Set.of(), "Too vague"))
                .isInstanceOf(Decision.Decided.class);
        Proposal approved = saved(service.submit(draft("Designs SLO-gated rollouts with rollback."), ALICE));
        assertThat(service.approve(approved.id(), REVIEWER, Set.of())).isInstanceOf(Decision.Decided.class);
        PersonalData data = new JdbcPersonalData(
                new JdbcTemplate(database), new TransactionTemplate(new JdbcTransactionManager(database)));
        UserRef rita = new UserRef(Platform.SLACK, "T1", REVIEWER.userId());

        assertThat(data.export(rita).get("proposal_decided"))
                .extracting(row -> row.get("decision_note"), row -> row.get("decided_by"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Too vague", "Rita Reviewer"),
                        org.assertj.core.groups.Tuple.tuple("", "Rita Reviewer"));
        data.forget(rita);

        assertThat(List.of(rejected.id(), approved.id()))
                .allSatisfy(id -> assertThat(
                                service.find(id).orElseThrow().verdict().by())
                        .isEqualTo("forgotten"));
        assertThat(service.find(rejected.id()).orElseThrow().status()).isEqualTo(ProposalStatus.REJECTED);
    }

    static ProposalDraft draft(String text) {
        return new ProposalDraft("canary-releases", "senior", "sre", text, true, "clearer");
    }

    static Proposal saved(Submission submission) {
        assertThat(submission).isInstanceOf(Submission.Saved.class);
        return ((Submission.Saved) submission).proposal();
    }

    static MessageKey refusal(Submission submission) {
        assertThat(submission).isInstanceOf(Submission.Refused.class);
        return ((Submission.Refused) submission).reason();
    }

    private static List<String> headings(Card card) {
        return card.blocks().stream()
                .map(Section.class::cast)
                .map(Section::heading)
                .filter(heading -> !heading.isEmpty())
                .toList();
    }

    /** Of four clicks together, one decides and three are told it was decided already. */
    private static void assertDecidedOnce(List<Decision> decisions) {
        assertThat(decisions).filteredOn(Decision.Decided.class::isInstance).hasSize(1);
        assertThat(decisions)
                .filteredOn(Decision.AlreadyDecided.class::isInstance)
                .hasSize(3);
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
