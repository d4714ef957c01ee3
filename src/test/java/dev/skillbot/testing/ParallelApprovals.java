package dev.skillbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.LoadResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;

/**
 * Approvals clicked at the same moment: eight cells in the two files of the fixture catalog, one
 * suggestion each per round, approved by eight threads released together; then the checks that
 * parallel approvals must pass whatever the platform.
 */
public final class ParallelApprovals {

    /** One cell of the fixture catalog. */
    public record Cell(String skill, String level, String role) {

        public String file() {
            return FixtureCatalog.RELEASE_TRAINS.equals(skill)
                    ? "delivery/release-trains.yml"
                    : "operations/load-testing.yml";
        }
    }

    public static final List<Cell> CELLS = List.of(
            new Cell(FixtureCatalog.RELEASE_TRAINS, "junior", "devops"),
                    new Cell(FixtureCatalog.RELEASE_TRAINS, "middle", "sre"),
            new Cell(FixtureCatalog.RELEASE_TRAINS, "senior", "devops"),
                    new Cell(FixtureCatalog.RELEASE_TRAINS, "lead", "sre"),
            new Cell(FixtureCatalog.LOAD_TESTING, "junior", "sre"),
                    new Cell(FixtureCatalog.LOAD_TESTING, "middle", "devops"),
            new Cell(FixtureCatalog.LOAD_TESTING, "senior", "sre"),
                    new Cell(FixtureCatalog.LOAD_TESTING, "principal", "devops"));

    public static final int ROUNDS = 20;

    private ParallelApprovals() {}

    /** The text round {@code round} proposes for a cell; unique per round and cell. */
    public static String text(int round, Cell cell) {
        return "Round " + round + ": " + cell.level() + " " + cell.role() + " owns " + cell.skill() + " end to end.";
    }

    /** Runs every click on its own thread, all released at the same moment; returns when all returned. */
    public static void releaseTogether(List<Runnable> clicks) throws Exception {
        CyclicBarrier start = new CyclicBarrier(clicks.size());
        ExecutorService threads = Executors.newFixedThreadPool(clicks.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Runnable click : clicks) {
                done.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    click.run();
                    return null;
                }));
            }
            for (Future<?> each : done) {
                each.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * After a round: every proposal has exactly one commit, by its author, touching only its cell's
     * file; every cell holds its new text; the catalog is valid and the work tree clean.
     */
    public static void verifyRound(
            Path dir, int round, Map<Long, Cell> proposals, Map<Long, String> authors, int commitsBefore)
            throws IOException, GitAPIException {
        LoadResult loaded = new CatalogLoader().load(dir);
        assertThat(loaded.problems()).as("catalog valid after round %d", round).isEmpty();
        Catalog catalog = loaded.catalog().orElseThrow();
        proposals
                .values()
                .forEach(cell -> assertThat(catalog.skill(cell.skill())
                                .orElseThrow()
                                .expectation(catalog.level(cell.level()).orElseThrow(), cell.role())
                                .orElseThrow()
                                .text())
                        .as("round %d, %s", round, cell)
                        .isEqualTo(text(round, cell)));
        try (Git git = Git.open(dir.toFile())) {
            assertThat(git.status().call().isClean())
                    .as("work tree clean after round %d", round)
                    .isTrue();
            List<RevCommit> commits = new ArrayList<>();
            git.log().call().forEach(commits::add);
            assertThat(commits)
                    .as("one commit per approval in round %d", round)
                    .hasSize(commitsBefore + proposals.size());
            for (Map.Entry<Long, Cell> entry : proposals.entrySet()) {
                List<RevCommit> mine = commits.stream()
                        .filter(commit ->
                                commit.getFooterLines("Skillbot-Proposal").contains(Long.toString(entry.getKey())))
                        .toList();
                assertThat(mine).as("commits of proposal %d", entry.getKey()).hasSize(1);
                assertThat(mine.get(0).getAuthorIdent().getName()).isEqualTo(authors.get(entry.getKey()));
                assertThat(changedFiles(git, mine.get(0)))
                        .containsExactly(entry.getValue().file());
            }
        }
    }

    public static int commitCount(Path dir) throws IOException, GitAPIException {
        try (Git git = Git.open(dir.toFile())) {
            int count = 0;
            for (RevCommit ignored : git.log().call()) {
                count++;
            }
            return count;
        }
    }

    private static List<String> changedFiles(Git git, RevCommit commit) throws IOException, GitAPIException {
        try (ObjectReader reader = git.getRepository().newObjectReader()) {
            CanonicalTreeParser before = new CanonicalTreeParser(
                    null,
                    reader,
                    git.getRepository().parseCommit(commit.getParent(0)).getTree());
            CanonicalTreeParser after = new CanonicalTreeParser(null, reader, commit.getTree());
            return git.diff().setOldTree(before).setNewTree(after).call().stream()
                    .map(DiffEntry::getNewPath)
                    .toList();
        }
    }
}
