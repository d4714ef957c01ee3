package dev.skillbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skillbot.discord.fake.FakeDiscord;
import dev.skillbot.discord.fake.Interactions;
import dev.skillbot.suggestion.Proposal;
import dev.skillbot.suggestion.ProposalService;
import dev.skillbot.suggestion.ProposalStatus;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.MutableClock;
import dev.skillbot.testing.ParallelApprovals;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same twenty rounds of eight approvals released together as on Slack, through the fake
 * gateway and the real JDA client: every edit lands once, in its own commit by its own author.
 */
class DiscordParallelApprovalsTest {

    private static final String REVIEWER_ID = "999999999999999991";

    @TempDir
    Path temp;

    @Test
    void eightApprovalsReleasedTogetherEachLandOnceInTwentyRounds() throws Exception {
        Path dir = FixtureCatalog.gitRepository(temp.resolve("catalog"));
        try (DiscordApp app = DiscordApp.start(
                dir,
                new MutableClock(Instant.parse("2026-11-25T12:00:00Z")),
                List.of("--skillbot.suggestions.per-user-per-hour=1000"))) {
            FakeDiscord discord = app.discord();
            ProposalService proposals = app.bean(ProposalService.class);
            for (int round = 1; round <= ParallelApprovals.ROUNDS; round++) {
                int commitsBefore = ParallelApprovals.commitCount(dir);
                Map<Long, ParallelApprovals.Cell> suggested = new LinkedHashMap<>();
                Map<Long, String> authors = new LinkedHashMap<>();
                for (int i = 0; i < ParallelApprovals.CELLS.size(); i++) {
                    ParallelApprovals.Cell cell = ParallelApprovals.CELLS.get(i);
                    String user = String.valueOf(800_000_000_000_000_000L + round * 100L + i);
                    DataObject form = Interactions.by(
                            Interactions.modalSubmit(
                                    "sb1:suggested:" + cell.skill(),
                                    Map.of("text", ParallelApprovals.text(round, cell)),
                                    Map.of("role", cell.role(), "level", cell.level(), "required", "true"),
                                    true),
                            user,
                            "member" + user,
                            List.of(),
                            Interactions.permissionsWith(0));
                    assertThat(discord.answered(form).data().toString()).contains("Thanks! Suggestion #");
                    Proposal saved = proposals.open(cell.skill(), 50).stream()
                            .filter(p -> p.author().userId().equals(user))
                            .findFirst()
                            .orElseThrow();
                    suggested.put(saved.id(), cell);
                    authors.put(saved.id(), saved.author().displayName());
                }

                List<Runnable> clicks = new ArrayList<>();
                suggested
                        .keySet()
                        .forEach(id -> clicks.add(() -> discord.dispatch(Interactions.by(
                                Interactions.in(
                                        Interactions.button("sb1:approve:" + id, false), FakeDiscord.REVIEW_CHANNEL_ID),
                                REVIEWER_ID,
                                "Rita",
                                List.of(DiscordApp.REVIEWER_ROLE),
                                Interactions.permissionsWith(0)))));
                ParallelApprovals.releaseTogether(clicks);

                await().atMost(Duration.ofSeconds(60))
                        .until(() -> suggested.keySet().stream()
                                .map(id -> proposals.find(id).orElseThrow().status())
                                .noneMatch(
                                        status -> status == ProposalStatus.OPEN || status == ProposalStatus.APPROVING));
                assertThat(suggested.keySet())
                        .allSatisfy(id -> assertThat(
                                        proposals.find(id).orElseThrow().status())
                                .as("proposal %d", id)
                                .isEqualTo(ProposalStatus.APPROVED));
                ParallelApprovals.verifyRound(dir, round, suggested, authors, commitsBefore);
            }
        }
    }
}
