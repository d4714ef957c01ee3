package dev.skillbot.gitops;

import dev.skillbot.SkillbotApplication;
import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.chat.Platform;
import dev.skillbot.suggestion.Author;
import dev.skillbot.suggestion.Decision;
import dev.skillbot.suggestion.ProposalDraft;
import dev.skillbot.suggestion.ProposalService;
import dev.skillbot.suggestion.Submission;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.LoadRun;
import dev.skillbot.testing.ParallelApprovals;
import dev.skillbot.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.jgit.api.Git;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * A load run, not a test: approvals on 1 and on 3 replicas of the whole application sharing one
 * embedded PostgreSQL and one bare Git remote (the fixture catalog), eight clicks at a time spread
 * over the replicas. Prints approvals per second, and the time from each approval's answer until
 * every replica serves the remote's head (which holds that approval, and maybe later ones). Argument: approvals per run (default 48).
 */
public final class ReplicaApprovalBenchmark {

    public static void main(String[] args) throws Exception {
        int approvals = args.length > 0 ? Integer.parseInt(args[0]) : 48;
        for (int replicas : new int[] {1, 3}) {
            run(replicas, approvals);
        }
        System.exit(0);
    }

    private static void run(int count, int approvals) throws Exception {
        Path root = Path.of("target", "bench-replicas", Integer.toString(count));
        FileSystemUtils.deleteRecursively(root);
        Path bare = remote(root);
        String database = TestDatabases.postgresUrl();
        List<ConfigurableApplicationContext> replicas = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            replicas.add(replica(root, i, bare, database));
        }
        try {
            ProposalService first = replicas.get(0).getBean(ProposalService.class);
            long[] converge = new long[approvals];
            long start = System.nanoTime();
            for (int from = 0; from < approvals; from += 8) {
                List<Runnable> clicks = new ArrayList<>();
                for (int i = from; i < Math.min(approvals, from + 8); i++) {
                    ParallelApprovals.Cell cell = ParallelApprovals.CELLS.get(i % 8);
                    long id = submit(
                            first,
                            cell,
                            "Run " + i + ": " + cell.level() + " " + cell.role() + " of " + cell.skill() + ".",
                            i);
                    ProposalService on = replicas.get(i % count).getBean(ProposalService.class);
                    int index = i;
                    clicks.add(() -> {
                        if (!(on.approve(id, new Author(Platform.SLACK, "T1", "U0REVIEWER", "Rita"), Set.of())
                                instanceof Decision.Decided)) {
                            throw new IllegalStateException("approval " + index + " not decided");
                        }
                        long decided = System.nanoTime();
                        // every replica serves the remote's head, which includes this approval (later ones may have
                        // moved it on)
                        while (!replicas.stream().allMatch(replica -> serves(replica, headOf(bare)))) {
                            if (System.nanoTime() - decided > 20_000_000_000L) {
                                throw new IllegalStateException("replicas did not converge on " + headOf(bare));
                            }
                            LockSupport.parkNanos(1_000_000);
                        }
                        converge[index] = System.nanoTime() - decided;
                    });
                }
                ParallelApprovals.releaseTogether(clicks);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(converge);
            System.out.printf(
                    Locale.ROOT,
                    "replicas %d: %d approvals in %.2f s, %.2f per second; every replica serving p50 %.0f ms p99 %.0f ms%n",
                    count,
                    approvals,
                    seconds,
                    approvals / seconds,
                    LoadRun.millis(converge, 0.5),
                    LoadRun.millis(converge, 0.99));
        } finally {
            replicas.forEach(ConfigurableApplicationContext::close);
        }
    }

    /** Whether the replica's clone is at the commit and its catalog loaded from it. */
    private static boolean serves(ConfigurableApplicationContext replica, String head) {
        return replica.getBean(GitCatalogSync.class).head().equals(head)
                && replica.getBean(CatalogReloader.class).current().revision().startsWith(head.substring(0, 12));
    }

    private static long submit(ProposalService service, ParallelApprovals.Cell cell, String text, int author) {
        Submission submission = service.submit(
                new ProposalDraft(cell.skill(), cell.level(), cell.role(), text, true, ""),
                new Author(Platform.SLACK, "T1", "U" + author, "Author " + author));
        return ((Submission.Saved) submission).proposal().id();
    }

    private static ConfigurableApplicationContext replica(Path root, int number, Path bare, String database) {
        return new SpringApplicationBuilder(SkillbotApplication.class)
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.datasource.url=" + database,
                        "--skillbot.catalog.git.url=" + bare.toUri(),
                        "--skillbot.catalog.git.path=catalog",
                        "--skillbot.catalog.git.checkout="
                                + root.resolve("replica-" + number).toAbsolutePath(),
                        "--skillbot.catalog.git.poll-interval=1h",
                        "--skillbot.catalog.git.head-check=200ms",
                        "--skillbot.slack.reviewers=U0REVIEWER",
                        "--skillbot.suggestions.per-user-per-hour=100000",
                        "--skillbot.digest.tick=1h",
                        "--logging.level.root=WARN");
    }

    private static Path remote(Path root) throws Exception {
        Files.createDirectories(root);
        return FixtureCatalog.remote(root.resolve("remote.git").toAbsolutePath());
    }

    private static String headOf(Path bare) {
        try (Git git = Git.open(bare.toFile())) {
            return git.getRepository().resolve("refs/heads/main").name();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
