package dev.skillbot.discord;

import static dev.skillbot.discord.RunningBot.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skillbot.chat.Platform;
import dev.skillbot.digest.CatalogChange;
import dev.skillbot.digest.CatalogChanges;
import dev.skillbot.digest.DigestClaims;
import dev.skillbot.digest.DigestRun;
import dev.skillbot.digest.DigestScheduler;
import dev.skillbot.digest.IsoWeek;
import dev.skillbot.digest.Subscription;
import dev.skillbot.digest.Subscriptions;
import dev.skillbot.digest.follow.Follows;
import dev.skillbot.discord.fake.FakeDiscord;
import dev.skillbot.discord.fake.Interactions;
import dev.skillbot.discord.fake.Recorded;
import dev.skillbot.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6 on Discord, through the whole application and the real JDA client: only members who may
 * manage the channel subscribe it; the scheduler posts each channel's digest once; a deleted
 * channel is reported and, after repeated failures, unsubscribed; a follower of a changed skill
 * gets a direct message.
 */
class DiscordDigestFlowTest {

    private static final MutableClock CLOCK = new MutableClock(java.time.Instant.parse("2026-11-25T12:00:00Z"));
    private static final long MANAGER = Interactions.permissionsWith(Interactions.MANAGE_CHANNELS);

    @TempDir
    static Path catalog;

    private static FakeDiscord discord;
    private static DiscordApp app;

    @BeforeAll
    static void start() {
        app = DiscordApp.start(catalog, CLOCK);
        discord = app.discord();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void subscribedChannelsGetOneDigestAWeekDeletedOnesAreDroppedAndFollowersAreTold() throws Exception {
        // given: a member without Manage Channels cannot subscribe the channel; one with it can
        assertThat(notice(subscribe(FakeDiscord.CHANNEL_ID, false)))
                .isEqualTo("Only members who can manage this channel can change its digest.");
        assertThat(notice(subscribe(FakeDiscord.CHANNEL_ID, true)))
                .startsWith("This channel now gets the weekly digest");
        assertThat(notice(subscribe(FakeDiscord.SPARE_CHANNEL_ID, true)))
                .startsWith("This channel now gets the weekly digest");
        // and each channel is told so, which is how a channel the bot may not post in is found at once
        await().atMost(Duration.ofSeconds(10))
                .until(() -> discord.posts(FakeDiscord.CHANNEL_ID).size() == 1
                        && discord.posts(FakeDiscord.SPARE_CHANNEL_ID).size() == 1);
        assertThat(discord.posts(FakeDiscord.CHANNEL_ID).get(0).json().toString())
                .contains("This channel now gets the weekly digest");
        // and a user follows a skill that then changes
        Recorded followed = discord.answered(Interactions.button("sb1:follow:canary-releases", false));
        assertThat(followed.data().getInt("flags") & 64).isEqualTo(64);
        assertThat(notice(followed)).startsWith("You now follow Canary Releases");
        app.bean(CatalogChanges.class)
                .record(List.of(new CatalogChange(
                        Instant.parse("2026-11-26T10:00:00Z"),
                        "rev2",
                        "canary-releases",
                        CatalogChange.Kind.CELL_EDITED,
                        "senior",
                        "sre")));
        // and the spare channel is deleted
        discord.removeChannel(FakeDiscord.SPARE_CHANNEL_ID);

        // when the scheduler runs at the scheduled time, and again
        CLOCK.set("2026-11-30T09:00:00Z");
        DigestRun first = app.bean(DigestScheduler.class).runDue().orElseThrow();
        app.bean(DigestScheduler.class).runDue();

        // then the channel has its digest once, after its subscription's announcement, visibly and mentioning nobody
        List<Recorded> posts = discord.posts(FakeDiscord.CHANNEL_ID);
        assertThat(posts).hasSize(2);
        DataObject digest = posts.get(1).json();
        assertThat(digest.getArray("embeds").getObject(0).getString("title")).contains("2026-W48");
        assertThat(digest.getInt("flags", 0) & 64).isZero();
        assertThat(DiscordMessageLimits.violations(digest)).isEmpty();
        assertThat(first.posted()).contains("DISCORD/" + FakeDiscord.CHANNEL_ID);
        // and can be found again by its week, as the reconciler looks for a post whose answer was lost
        Subscription subscription = app.bean(Subscriptions.class)
                .find(Platform.DISCORD, FakeDiscord.CHANNEL_ID)
                .orElseThrow();
        String messageId = app.bean(DigestClaims.class)
                .find(Platform.DISCORD, FakeDiscord.CHANNEL_ID, IsoWeek.parse("2026-W48"))
                .orElseThrow()
                .messageId();
        assertThat(app.bean(DiscordDigestPublisher.class).findPosted(subscription, IsoWeek.parse("2026-W48")))
                .contains(messageId);
        assertThat(app.bean(DiscordDigestPublisher.class).findPosted(subscription, IsoWeek.parse("2026-W47")))
                .isEmpty();
        // and the deleted channel is reported
        assertThat(first.failed())
                .anyMatch(failure ->
                        failure.contains(FakeDiscord.SPARE_CHANNEL_ID) && failure.contains("Unknown Channel"));
        // and the follower is told privately
        discord.awaitRequest(request -> request.is("POST", "users/@me/channels")
                && request.json().getString("recipient_id").equals(Interactions.USER_ID));
        DataObject note = discord.awaitRequest(request -> request.is("POST", "channels/\\d+/messages")
                        && request.body().contains("A skill you follow changed: Canary Releases"))
                .json();
        assertThat(note.getObject("allowed_mentions").getArray("parse").length())
                .isZero();

        // when two more weekly runs fail on the deleted channel
        for (String monday : List.of("2026-12-07T09:00:00Z", "2026-12-14T09:00:00Z")) {
            CLOCK.set(monday);
            app.bean(DigestScheduler.class).runDue();
        }

        // then it is unsubscribed, while the other channel keeps its weekly digest
        assertThat(app.bean(Subscriptions.class).find(Platform.DISCORD, FakeDiscord.SPARE_CHANNEL_ID))
                .isEmpty();
        assertThat(app.bean(Subscriptions.class).find(Platform.DISCORD, FakeDiscord.CHANNEL_ID))
                .isPresent();
        assertThat(discord.posts(FakeDiscord.CHANNEL_ID)).hasSize(4); // the announcement and three digests
    }

    @Test
    void aboutListsTheDiscordShards() {
        Recorded about = discord.answered(Interactions.slash("about", options()));

        assertThat(about.data().toString()).contains("Discord shards 0 CONNECTED of 1");
    }

    private static Recorded subscribe(String channel, boolean manager) {
        DataObject command = Interactions.in(Interactions.slash("digest", options("action", "subscribe")), channel);
        return discord.answered(
                manager ? Interactions.by(command, Interactions.USER_ID, "Alice", List.of(), MANAGER) : command);
    }

    /** {@code /skill ask text:follow release trains} answered that Release Trains "has no level or role “follow”". */
    @Test
    void followTypedByHandFollowsOnceAndUnfollowStopsIt() {
        Recorded followed = discord.answered(Interactions.slash("ask", Map.of("text", "follow release trains")));
        assertThat(followed.data().getInt("flags") & 64).isEqualTo(64);
        assertThat(followed.data().toString()).contains("You now follow Release Trains");
        assertThat(discord.answered(Interactions.slash("ask", Map.of("text", "follow release-trains")))
                        .data()
                        .toString())
                .contains("You already follow Release Trains; nothing changed.");
        Follows follows = app.bean(Follows.class);
        assertThat(follows.followedBy(Platform.DISCORD, Interactions.USER_ID).stream()
                        .filter(follow -> follow.skillId().equals("release-trains")))
                .hasSize(1);

        assertThat(discord.answered(Interactions.slash("ask", Map.of("text", "unfollow release trains")))
                        .data()
                        .toString())
                .contains("You no longer follow Release Trains.");
        assertThat(follows.isFollowing(Platform.DISCORD, Interactions.USER_ID, "release-trains"))
                .isFalse();
    }

    /**
     * {@code /skill follow} and {@code /skill unfollow} are subcommands of their own (following worked only typed into
     * {@code /skill ask}): answered privately, once each; {@code /skill follow} without a skill lists the follows.
     */
    @Test
    void followAndUnfollowSubcommandsAnswerPrivatelyOnce() {
        DataObject follow = Interactions.slash("follow", Map.of("skill", "load-testing"));
        Recorded followed = discord.answered(follow);
        assertThat(followed.data().getInt("flags") & 64).isEqualTo(64);
        assertThat(followed.data().toString()).contains("You now follow Load Testing");

        Recorded listed = discord.answered(Interactions.slash("follow", Map.of()));
        assertThat(listed.data().getInt("flags") & 64).isEqualTo(64);
        assertThat(listed.data().toString()).contains("• Load Testing");

        DataObject unfollow = Interactions.slash("unfollow", Map.of("skill", "load testing"));
        Recorded unfollowed = discord.answered(unfollow);
        assertThat(unfollowed.data().getInt("flags") & 64).isEqualTo(64);
        assertThat(unfollowed.data().toString()).contains("You no longer follow Load Testing.");
        assertThat(app.bean(Follows.class).isFollowing(Platform.DISCORD, Interactions.USER_ID, "load-testing"))
                .isFalse();
        assertThat(discord.callbacks(follow)).hasSize(1);
        assertThat(discord.callbacks(unfollow)).hasSize(1);
    }

    private static String notice(Recorded callback) {
        DataObject embed = callback.data().getArray("embeds").getObject(0);
        return embed.getString("description", embed.getString("title", ""));
    }
}
