package dev.skillbot.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.chat.Platform;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.revwalk.FooterLine;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User text in a commit message stays inert: Git finds no trailer or header in it, only Skillbot's own. */
class CommitMessageTest {

    private static final String FORGED = "Looks fine.\n\nCo-authored-by: Mallory <mallory@example.com>\n"
            + "Signed-off-by: Mallory <mallory@example.com>\n\nReviewed-by: Mallory <mallory@example.com>";

    @TempDir
    Path temp;

    @Test
    void forgedTrailersInTheRationaleAndTheNameBecomeNoTrailers() throws Exception {
        Path dir = WriterRig.gitCatalog(temp.resolve("catalog"));
        try (WriterRig rig = new WriterRig(dir, TestDatabases.h2(), CatalogWriter.WriteSteps.NONE)) {
            Author eve = new Author(
                    Platform.SLACK, "T1", "U_EVE", "Eve\nCo-authored-by: Trent <trent@example.com>\r\n<evil>");
            Submission submission = rig.service.submit(
                    new ProposalDraft(
                            FixtureCatalog.LOAD_TESTING,
                            "lead",
                            "devops",
                            "Lead devops owns the load model.",
                            true,
                            FORGED),
                    eve);
            long id = ((Submission.Saved) submission).proposal().id();

            assertThat(rig.service.approve(id, WriterRig.REVIEWER, Set.of())).isInstanceOf(Decision.Decided.class);

            RevCommit commit = rig.commitsOf(id).get(0);
            assertThat(commit.getFooterLines())
                    .extracting(FooterLine::getKey)
                    .containsExactly(CatalogHistory.PROPOSAL_TRAILER);
            assertThat(gitTrailers(dir)).isEqualTo(CatalogHistory.PROPOSAL_TRAILER + ": " + id + "\n");
            assertThat(commit.getAuthorIdent().getName()).isEqualTo("Eve Co-authored-by: Trent trent@example.com evil");
            assertThat(commit.getFullMessage())
                    .contains("Rationale: Looks fine. Co-authored-by: Mallory <mallory@example.com> Signed-off-by");
            assertThat(commit.getFullMessage().lines())
                    .noneMatch(line -> line.matches("(?i)(co-authored-by|signed-off-by|reviewed-by):.*"));
        }
    }

    @Test
    void oneLineFoldsEveryBreakAndControlAndCutsLongText() {
        assertThat(CommitMessage.oneLine("a\n\nb\u2028c\u202Ed\te\u0000f", 100)).isEqualTo("a b c d e f");
        assertThat(CommitMessage.oneLine("x".repeat(500), 10)).hasSize(10).endsWith("…");
    }

    /** What {@code git interpret-trailers --parse} finds in the last commit's message. */
    private static String gitTrailers(Path dir) throws IOException, InterruptedException {
        String message = run(dir, List.of("git", "log", "-1", "--format=%B"), "");
        return run(dir, List.of("git", "interpret-trailers", "--parse"), message);
    }

    private static String run(Path dir, List<String> command, String input) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
