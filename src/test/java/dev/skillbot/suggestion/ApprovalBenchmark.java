package dev.skillbot.suggestion;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Expectation;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Skill;
import dev.skillbot.testing.LoadRun;
import dev.skillbot.testing.ParallelApprovals;
import dev.skillbot.testing.SyntheticCatalog;
import dev.skillbot.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.api.Git;
import org.springframework.util.FileSystemUtils;

/**
 * A load run, not a test: approvals through the one serialized writer on a synthetic catalog in
 * Git (10,000 skills by default), as the application wires it (H2, reload after each write). First
 * one approval at a time, then bursts of eight released together. Prints approvals per second, and
 * p50/p99 from the click (the call to approve) to the commit, and to the decision (written,
 * committed, served). Arguments: skills, sequential approvals, bursts.
 */
public final class ApprovalBenchmark {

    private static final Map<Long, Long> CLICKED = new ConcurrentHashMap<>();
    private static final Map<Long, Long> COMMITTED = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        int skills = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int sequential = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int bursts = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        Path dir = gitCatalog(skills);
        try (WriterRig rig = new WriterRig(dir, TestDatabases.h2(), (step, id) -> {
            if (step == CatalogWriter.Step.COMMITTED) {
                COMMITTED.put(id, System.nanoTime());
            }
        })) {
            List<Proposal> proposals = suggest(rig, sequential + bursts * 8 + 8);
            approve(rig, proposals.subList(0, 8), 8); // warm-up
            report("sequential", rig, proposals.subList(8, 8 + sequential), 1);
            report("bursts of 8", rig, proposals.subList(8 + sequential, proposals.size()), 8);
        }
    }

    private static void report(String mode, WriterRig rig, List<Proposal> proposals, int together) throws Exception {
        long start = System.nanoTime();
        long[] decided = approve(rig, proposals, together);
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] toCommit = proposals.stream()
                .mapToLong(p -> COMMITTED.get(p.id()) - CLICKED.get(p.id()))
                .sorted()
                .toArray();
        Arrays.sort(decided);
        System.out.printf(
                Locale.ROOT,
                "approvals %s: %d in %.2f s, %.2f per second; click to commit p50 %.1f ms p99 %.1f ms; "
                        + "click to decided p50 %.1f ms p99 %.1f ms%n",
                mode,
                proposals.size(),
                seconds,
                proposals.size() / seconds,
                LoadRun.millis(toCommit, 0.5),
                LoadRun.millis(toCommit, 0.99),
                LoadRun.millis(decided, 0.5),
                LoadRun.millis(decided, 0.99));
    }

    /** Approves in groups of {@code together} released at once; the time from click to decision of each. */
    private static long[] approve(WriterRig rig, List<Proposal> proposals, int together) throws Exception {
        List<Long> took = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int from = 0; from < proposals.size(); from += together) {
            List<Runnable> clicks = new ArrayList<>();
            for (Proposal proposal : proposals.subList(from, Math.min(proposals.size(), from + together))) {
                clicks.add(() -> {
                    long clicked = System.nanoTime();
                    CLICKED.put(proposal.id(), clicked);
                    Decision decision = rig.service.approve(proposal.id(), WriterRig.REVIEWER, Set.of());
                    if (!(decision instanceof Decision.Decided)) {
                        throw new IllegalStateException("not approved: " + decision);
                    }
                    took.add(System.nanoTime() - clicked);
                });
            }
            ParallelApprovals.releaseTogether(clicks);
        }
        return took.stream().mapToLong(Long::longValue).toArray();
    }

    /** One suggestion per skill, on its first level and role, each by an author of its own. */
    private static List<Proposal> suggest(WriterRig rig, int count) {
        Catalog catalog = rig.catalogs.current();
        Level level = catalog.levels().get(0);
        List<Proposal> proposals = new ArrayList<>();
        for (Skill skill : catalog.skills().subList(0, count)) {
            Expectation cell = skill.expectation(level, skill.roleIds().get(0)).orElseThrow();
            proposals.add(rig.submit(
                    skill.id(),
                    level.id(),
                    skill.roleIds().get(0),
                    cell.text() + " Edited in the approval run.",
                    WriterRig.author("U" + proposals.size())));
        }
        return proposals;
    }

    private static Path gitCatalog(int skills) throws Exception {
        Path dir = Path.of("target", "bench-catalogs", "approvals-" + skills);
        FileSystemUtils.deleteRecursively(dir);
        SyntheticCatalog.write(dir, SyntheticCatalog.Spec.of(skills));
        try (Git git =
                Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit()
                    .setMessage("Synthetic catalog")
                    .setAuthor("Bench", "bench@skillbot.invalid")
                    .setCommitter("Bench", "bench@skillbot.invalid")
                    .setSign(false)
                    .call();
        }
        if (!Files.isDirectory(dir.resolve(".git"))) {
            throw new IllegalStateException("no repository in " + dir);
        }
        return dir;
    }
}
