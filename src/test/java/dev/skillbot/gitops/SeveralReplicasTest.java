package dev.skillbot.gitops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skillbot.SkillbotApplication;
import dev.skillbot.chat.Platform;
import dev.skillbot.suggestion.Author;
import dev.skillbot.suggestion.Decision;
import dev.skillbot.suggestion.Proposal;
import dev.skillbot.suggestion.ProposalDraft;
import dev.skillbot.suggestion.ProposalService;
import dev.skillbot.suggestion.ProposalStatus;
import dev.skillbot.suggestion.Submission;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.ParallelApprovals;
import dev.skillbot.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Three replicas of the whole application on one PostgreSQL database and one bare Git remote, each
 * with its own clone: approvals released together on all of them land in the remote once each, by
 * their authors, and every clone converges on the remote's head with no drift.
 */
class SeveralReplicasTest {

    private static final Author REVIEWER = new Author(Platform.SLACK, "T1", "U0REVIEWER", "Rita");

    @TempDir
    Path temp;

    private final List<ConfigurableApplicationContext> replicas = new ArrayList<>();

    @AfterEach
    void stop() {
        replicas.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void tenApprovalsOnThreeReplicasLandOnceEachAndEveryCloneConverges() throws Exception {
        Path bare = remote();
        String database = TestDatabases.postgresUrl();
        for (int i = 0; i < 3; i++) {
            replicas.add(replica(i, bare, database, "2m"));
        }
        int commitsBefore = commitCount(bare);
        Map<Long, ParallelApprovals.Cell> suggested = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            ParallelApprovals.Cell cell = cell(i);
            Proposal proposal = submit(
                    service(i % 3),
                    cell,
                    "Replica round: " + cell.level() + " " + cell.role() + " of " + cell.skill() + ".",
                    i);
            suggested.put(proposal.id(), cell);
        }

        List<Runnable> clicks = new ArrayList<>();
        int index = 0;
        for (long id : suggested.keySet()) {
            ProposalService on = service(index++ % 3);
            clicks.add(() -> assertThat(on.approve(id, REVIEWER, Set.of())).isInstanceOf(Decision.Decided.class));
        }
        ParallelApprovals.releaseTogether(clicks);

        List<RevCommit> history = remoteHistory(bare);
        assertThat(history).hasSize(commitsBefore + suggested.size());
        for (Map.Entry<Long, ParallelApprovals.Cell> entry : suggested.entrySet()) {
            Proposal approved = service(0).find(entry.getKey()).orElseThrow();
            assertThat(approved.status()).isEqualTo(ProposalStatus.APPROVED);
            List<RevCommit> mine = history.stream()
                    .filter(commit ->
                            commit.getFooterLines("Skillbot-Proposal").contains(Long.toString(entry.getKey())))
                    .toList();
            assertThat(mine)
                    .as("commits of proposal %d on the remote", entry.getKey())
                    .hasSize(1);
            assertThat(mine.get(0).getAuthorIdent().getName())
                    .isEqualTo(approved.author().displayName());
        }
        String head = CatalogRemote.head(bare);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> replicas.stream()
                        .allMatch(replica -> head.equals(clone(replica).head())));
        for (ConfigurableApplicationContext replica : replicas) {
            try (Git clone = Git.open(checkout(replica).toFile())) {
                assertThat(clone.status().call().isClean()).as("no drift").isTrue();
            }
        }
    }

    @Test
    void aReplicaThatDiedHoldingTheLeaseIsReplacedOnceItExpires() throws Exception {
        Path bare = remote();
        String database = TestDatabases.postgresUrl();
        replicas.add(replica(0, bare, database, "3s"));
        Proposal proposal = submit(service(0), cell(0), "Written after the dead replica's lease ran out.", 0);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(database);
        // a replica takes the lease and dies without releasing it
        assertThat(lockProvider(dataSource)
                        .lock(new LockConfiguration(
                                Instant.now(), "catalog-writer", Duration.ofSeconds(3), Duration.ZERO)))
                .isPresent();

        Decision decision = service(0).approve(proposal.id(), REVIEWER, Set.of());

        assertThat(decision).isInstanceOf(Decision.Decided.class);
        assertThat(remoteHistory(bare).get(0).getFooterLines("Skillbot-Proposal"))
                .containsExactly(Long.toString(proposal.id()));
        try (Git clone = Git.open(checkout(replicas.get(0)).toFile())) {
            assertThat(clone.status().call().isClean()).isTrue();
        }
    }

    @Test
    void aTeammatesMergeBeforeTheNextPollIsBuiltOnAndNothingDrifts() throws Exception {
        Path bare = remote();
        replicas.add(replica(0, bare, TestDatabases.postgresUrl(), "2m"));
        Proposal proposal = submit(service(0), cell(0), "Written on top of the teammate's merge.", 0);
        String merged = pushFromElsewhere(
                bare,
                "delivery/release-trains.yml",
                "summary: Release Trains as a fixture for tests.",
                "summary: Merged by a teammate.");

        assertThat(service(0).approve(proposal.id(), REVIEWER, Set.of())).isInstanceOf(Decision.Decided.class);

        List<RevCommit> history = remoteHistory(bare);
        assertThat(history.get(0).getFooterLines("Skillbot-Proposal")).containsExactly(Long.toString(proposal.id()));
        assertThat(history.get(1).getName()).isEqualTo(merged);
        String file = Files.readString(checkout(replicas.get(0)).resolve("catalog/delivery/release-trains.yml"));
        assertThat(file).contains("summary: Merged by a teammate.").contains("Written on top of the teammate's merge.");
        try (Git clone = Git.open(checkout(replicas.get(0)).toFile())) {
            assertThat(clone.status().call().isClean()).isTrue();
        }
    }

    private String pushFromElsewhere(Path bare, String file, String from, String to) throws Exception {
        Path other = temp.resolve("teammate");
        try (Git git = Git.cloneRepository()
                .setURI(bare.toUri().toString())
                .setDirectory(other.toFile())
                .call()) {
            Path path = other.resolve("catalog").resolve(file);
            Files.writeString(path, Files.readString(path).replace(from, to));
            git.add().addFilepattern("catalog/" + file).call();
            PersonIdent teammate = new PersonIdent("Teammate", "teammate@example.invalid");
            String id = git.commit()
                    .setMessage("Merge pull request")
                    .setAuthor(teammate)
                    .setCommitter(teammate)
                    .setSign(false)
                    .call()
                    .getName();
            git.push().call();
            return id;
        }
    }

    private ConfigurableApplicationContext replica(int number, Path bare, String database, String lease) {
        return new SpringApplicationBuilder(SkillbotApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + database,
                        "--skillbot.catalog.git.url=" + bare.toUri(),
                        "--skillbot.catalog.git.path=catalog",
                        "--skillbot.catalog.git.checkout=" + temp.resolve("replica-" + number),
                        "--skillbot.catalog.git.poll-interval=1h",
                        "--skillbot.catalog.git.head-check=200ms",
                        "--skillbot.catalog.write-lease=" + lease,
                        "--skillbot.catalog.write-wait=60s",
                        "--skillbot.slack.reviewers=U0REVIEWER",
                        "--skillbot.suggestions.per-user-per-hour=1000",
                        "--skillbot.digest.tick=1h");
    }

    private ProposalService service(int replica) {
        return replicas.get(replica).getBean(ProposalService.class);
    }

    private static GitCatalogSync clone(ConfigurableApplicationContext replica) {
        return replica.getBean(GitCatalogSync.class);
    }

    private static Path checkout(ConfigurableApplicationContext replica) {
        return replica.getBean(GitCatalogProperties.class).checkout();
    }

    /** Ten different cells of the fixture catalog's two files. */
    private static ParallelApprovals.Cell cell(int i) {
        List<ParallelApprovals.Cell> cells = new ArrayList<>(ParallelApprovals.CELLS);
        cells.add(new ParallelApprovals.Cell(FixtureCatalog.RELEASE_TRAINS, "principal", "devops"));
        cells.add(new ParallelApprovals.Cell(FixtureCatalog.LOAD_TESTING, "lead", "devops"));
        return cells.get(i);
    }

    private static Proposal submit(ProposalService service, ParallelApprovals.Cell cell, String text, int author) {
        Submission submission = service.submit(
                new ProposalDraft(cell.skill(), cell.level(), cell.role(), text, true, ""),
                new Author(Platform.SLACK, "T1", "U" + author, "Author " + author));
        assertThat(submission).isInstanceOf(Submission.Saved.class);
        return ((Submission.Saved) submission).proposal();
    }

    private Path remote() {
        return FixtureCatalog.remote(temp.resolve("remote.git"));
    }

    private static List<RevCommit> remoteHistory(Path bare) throws Exception {
        try (Git git = Git.open(bare.toFile())) {
            List<RevCommit> commits = new ArrayList<>();
            git.log().call().forEach(commits::add);
            return commits;
        }
    }

    private static int commitCount(Path bare) throws Exception {
        return remoteHistory(bare).size();
    }

    private static JdbcTemplateLockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
