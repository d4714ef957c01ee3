package dev.skillbot.digest.follow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.persistence.JdbcFollows;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.TestDatabases;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The skills a reader follows, for the App Home: their names, marked when updated after the follow. */
class FollowedSkillsTest {

    private final Catalog catalog = FixtureCatalog.load();
    private final JdbcFollows follows = new JdbcFollows(new JdbcTemplate(TestDatabases.h2()));
    private final FollowService service = new FollowService(follows, () -> catalog, Clock.systemUTC());
    private final Invocation alice =
            new Invocation(Platform.SLACK, "T1", "C1", "U0ALICE", "en", Invocation.Origin.BUTTON);

    @Test
    void listsFollowedSkillsOldestFirstAndMarksThoseUpdatedSinceTheFollow() {
        String canary = FixtureCatalog.CANARY_RELEASES;
        Instant beforeItsUpdate = catalog.skill(canary)
                .orElseThrow()
                .updated()
                .minusDays(30)
                .atStartOfDay()
                .toInstant(java.time.ZoneOffset.UTC);
        follows.follow(Platform.SLACK, "T1", "U0ALICE", canary, "en", beforeItsUpdate);
        follows.follow(
                Platform.SLACK,
                "T1",
                "U0ALICE",
                FixtureCatalog.RELEASE_TRAINS,
                "en",
                Instant.parse("2099-01-01T00:00:00Z"));
        follows.follow(Platform.SLACK, "T1", "U0BOB", FixtureCatalog.LOAD_TESTING, "en", beforeItsUpdate);

        assertThat(service.followedLines(alice))
                .containsExactly("Canary Releases · *changed* since you followed it", "Release Trains");
    }

    @Test
    void someoneWhoFollowsNothingGetsNoLines() {
        assertThat(service.followedLines(alice)).isEmpty();
    }
}
