package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skillbot.suggestion.Proposal;
import dev.skillbot.suggestion.ProposalService;
import dev.skillbot.suggestion.ProposalStatus;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.ParallelApprovals;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight reviewers' clicks at the same moment, through signed requests and Bolt, twenty rounds: every
 * edit lands, once, in its own commit by its own author, and parallel approvals give the same
 * catalog that sequential ones would.
 */
class SlackParallelApprovalsTest {

    private static final String SECRET = SlackHttpTest.SECRET;
    private static final String REVIEWS = "C0REVIEW";

    @TempDir
    Path temp;

    @Test
    void eightApprovalsReleasedTogetherEachLandOnceInTwentyRounds() throws Exception {
        Path dir = FixtureCatalog.gitRepository(temp.resolve("catalog"));
        try (FakeSlack slack = FakeSlack.start();
                SlackApp app = SlackApp.httpUnpaced(
                        slack,
                        SECRET,
                        "--skillbot.catalog.dir=" + dir,
                        "--skillbot.slack.reviewers=U0REVIEWER",
                        "--skillbot.slack.review-channel=" + REVIEWS,
                        "--skillbot.suggestions.per-user-per-hour=1000")) {
            SlackRequests requests = new SlackRequests(app.port(), SECRET);
            ProposalService proposals = app.bean(ProposalService.class);
            for (int round = 1; round <= ParallelApprovals.ROUNDS; round++) {
                int commitsBefore = ParallelApprovals.commitCount(dir);
                Map<Long, ParallelApprovals.Cell> suggested = new LinkedHashMap<>();
                Map<Long, String> authors = new LinkedHashMap<>();
                for (int i = 0; i < ParallelApprovals.CELLS.size(); i++) {
                    ParallelApprovals.Cell cell = ParallelApprovals.CELLS.get(i);
                    String user = "U" + round + "X" + i;
                    submit(requests, cell, ParallelApprovals.text(round, cell), user);
                    Proposal saved = proposals.open(cell.skill(), 50).stream()
                            .filter(p -> p.author().userId().equals(user))
                            .findFirst()
                            .orElseThrow();
                    suggested.put(saved.id(), cell);
                    authors.put(saved.id(), "name-" + user);
                }

                List<Runnable> clicks = new ArrayList<>();
                suggested.keySet().forEach(id -> clicks.add(() -> approve(requests, slack, id)));
                ParallelApprovals.releaseTogether(clicks);

                await().atMost(Duration.ofSeconds(60))
                        .until(() -> suggested.keySet().stream()
                                .allMatch(id -> proposals.find(id).orElseThrow().status() != ProposalStatus.OPEN
                                        && proposals.find(id).orElseThrow().status() != ProposalStatus.APPROVING));
                assertThat(suggested.keySet())
                        .allSatisfy(id -> assertThat(
                                        proposals.find(id).orElseThrow().status())
                                .as("proposal %d", id)
                                .isEqualTo(ProposalStatus.APPROVED));
                ParallelApprovals.verifyRound(dir, round, suggested, authors, commitsBefore);
            }
        }
    }

    private static void submit(SlackRequests requests, ParallelApprovals.Cell cell, String text, String user) {
        HttpResponse<String> ack = requests.post(SlackRequests.blockActions(SlackRequests.viewSubmission(
                "sb1:suggested:" + cell.skill(),
                "",
                Map.of(
                        "role",
                        SlackRequests.chosen(cell.role()),
                        "level",
                        SlackRequests.chosen(cell.level()),
                        "text",
                        SlackRequests.typed(text),
                        "required",
                        SlackRequests.chosen("true"),
                        "rationale",
                        SlackRequests.typed("")),
                user,
                "name-" + user)));
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).as("saved without errors").isEmpty();
    }

    private static void approve(SlackRequests requests, FakeSlack slack, long id) {
        HttpResponse<String> ack = requests.post(SlackRequests.blockActions(SlackRequests.as(
                SlackRequests.postedMessageAction(
                        SlackRequests.button("sb1:approve:" + id, "Approve"),
                        slack.responseUrl("approve-" + id),
                        REVIEWS,
                        "1700000000." + id),
                "U0REVIEWER",
                "rita")));
        assertThat(ack.statusCode()).isEqualTo(200);
    }
}
