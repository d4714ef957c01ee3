package dev.skillbot.discord.fake;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * A local Discord for tests: {@link FakeRest} and {@link FakeGateway} together. A real JDA client
 * pointed at {@link #apiUrl()} and {@link #gatewayUrl()} logs in, registers commands and receives
 * the interactions a test dispatches; the test then reads what JDA sent back from {@link #requests()}.
 */
public final class FakeDiscord implements AutoCloseable {

    public static final String APPLICATION_ID = "111111111111111111";
    public static final String CHANNEL_ID = "333333333333333333";
    /** A second channel of every guild, such as the one reviewers watch. */
    public static final String REVIEW_CHANNEL_ID = "333333333333333334";
    /** A third channel of every guild, for a digest to a channel that is later deleted. */
    public static final String SPARE_CHANNEL_ID = "333333333333333335";

    public static final String TOKEN = "fake-token-never-logged";
    private static final Duration WAIT = Duration.ofSeconds(20);

    /**
     * A session's gateway connection closed: the shard, the close code, whether the client closed it
     * (rather than the fake), and the REST requests received until then.
     */
    public record GatewayClose(int shard, int code, boolean byClient, List<Recorded> requestsBefore) {

        /** Without the requests' bodies, which would swamp a failure message. */
        @Override
        public String toString() {
            return "GatewayClose[shard=" + shard + ", code=" + code + ", byClient=" + byClient + ", after "
                    + requestsBefore.stream()
                            .map(request -> request.method() + " " + request.path())
                            .toList() + "]";
        }
    }

    private final List<String> guildIds;
    private final int recommendedShards;
    private final FakeGateway gateway;
    private final FakeRest rest;

    private FakeDiscord(List<String> guildIds, int recommendedShards) throws IOException, InterruptedException {
        this.guildIds = List.copyOf(guildIds);
        this.recommendedShards = recommendedShards;
        this.gateway = new FakeGateway(
                        session -> this.guildIds.stream()
                                .filter(id -> shardOf(id, session.total()) == session.shard())
                                .map(FakeDiscord::guild)
                                .toList(),
                        this::restRequests)
                .startAndWait();
        this.rest = new FakeRest(this::gatewayBot);
    }

    public static FakeDiscord start() {
        return start(List.of(), 1);
    }

    /** A fake Discord whose bot is in these guilds, recommending this many shards. */
    public static FakeDiscord start(List<String> guildIds, int recommendedShards) {
        try {
            return new FakeDiscord(guildIds, recommendedShards);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("could not start the fake Discord", e);
        }
    }

    public String apiUrl() {
        return rest.url();
    }

    public String gatewayUrl() {
        return gateway.url();
    }

    public List<Recorded> requests() {
        return rest.requests();
    }

    private List<Recorded> restRequests() {
        return rest == null ? List.of() : rest.requests();
    }

    /** Gateway connections of identified sessions that closed, in order. */
    public List<GatewayClose> gatewayCloses() {
        return gateway.closes();
    }

    public List<Recorded> requests(Predicate<Recorded> filter) {
        return rest.requests().stream().filter(filter).toList();
    }

    /**
     * Offers every REST request to {@code taker} as it arrives, on the thread that answers it; what
     * it takes is answered as usual but not recorded (a load run would otherwise keep them all).
     */
    public void take(Predicate<Recorded> taker) {
        rest.take(taker);
    }

    /** Waits until a request matching the filter arrives, and returns the first. */
    public Recorded awaitRequest(Predicate<Recorded> filter) {
        await().atMost(WAIT).until(() -> !requests(filter).isEmpty());
        return requests(filter).get(0);
    }

    /** The callbacks JDA posted for one interaction. */
    public List<Recorded> callbacks(DataObject interaction) {
        return requests(
                request -> request.is("POST", "interactions/" + interaction.getString("id") + "/[^/]+/callback"));
    }

    public Recorded awaitCallback(DataObject interaction) {
        await().atMost(WAIT).until(() -> !callbacks(interaction).isEmpty());
        return callbacks(interaction).get(0);
    }

    /** From now on, Discord refuses direct messages to this user (403, 50007), as when they accept none from the server's members. */
    public void refuseDirectMessages(String userId) {
        rest.refuseDirectMessages(userId);
    }

    /** While down, Discord's API answers every request 503, as in an outage; the gateway is not reached without it. */
    public void apiDown(boolean down) {
        rest.down(down);
    }

    /** From now on, Discord answers requests about this channel with 404 Unknown Channel. */
    public void removeChannel(String channelId) {
        rest.removeChannel(channelId);
    }

    /** Messages posted to a channel (not interaction replies), as sent. */
    public List<Recorded> posts(String channelId) {
        return requests(request -> request.is("POST", "channels/" + channelId + "/messages"));
    }

    /** Dispatches an interaction and returns the first callback JDA posted for it. */
    public Recorded answered(DataObject interaction) {
        dispatch(interaction);
        return awaitCallback(interaction);
    }

    /**
     * Dispatches a submitted suggestion form for a cell, as Discord sends it, and waits for its answer;
     * returns the interaction id. For tests outside the Discord package, which may not touch JDA's types.
     */
    public String submitSuggestion(String skillId, String level, String role, String text) {
        DataObject form = Interactions.modalSubmit(
                "sb1:suggested:" + skillId,
                Map.of("text", text),
                Map.of("role", role, "level", level, "required", "true"),
                true);
        int type = answered(form).callbackType();
        if (type != 4) {
            throw new IllegalStateException(
                    "the suggestion was answered with callback type " + type + ", not a message");
        }
        return form.getString("id");
    }

    /** The message an interaction edited in place: the edit callback's, or after a deferred edit the hook's edit of the original. */
    public DataObject editedCard(DataObject interaction) {
        Recorded callback = answered(interaction);
        if (callback.callbackType() == 7) {
            return callback.data();
        }
        return awaitRequest(request -> request.is(
                        "PATCH",
                        "webhooks/" + APPLICATION_ID + "/" + interaction.getString("token") + "/messages/@original"))
                .json();
    }

    /**
     * The review post a decision edited: the click itself is acknowledged without a change (deferred
     * update, type 6), and the review flow edits the post through the channel.
     */
    public DataObject decidedPost(DataObject interaction, long proposalId) {
        Recorded callback = answered(interaction);
        if (callback.callbackType() != 6) {
            throw new IllegalStateException(
                    "the decision was answered with callback type " + callback.callbackType() + ", not 6");
        }
        return awaitRequest(request -> request.is("PATCH", "channels/" + REVIEW_CHANNEL_ID + "/messages/\\d+")
                        && request.body().contains("#" + proposalId + ":"))
                .json();
    }

    public void preloadCommands(String scope, DataArray commands) {
        rest.preload(scope, commands);
    }

    /** Shard and total of every IDENTIFY the gateway received. */
    public List<int[]> identified() {
        return gateway.identified();
    }

    public void awaitSessions(int count) {
        await().atMost(WAIT).until(() -> gateway.sessions().size() >= count);
    }

    /** Sends an INTERACTION_CREATE to the session of the shard Discord would route it to: by guild, DMs to shard 0. */
    public void dispatch(DataObject interaction) {
        FakeGateway.Session any =
                gateway.sessions().stream().findFirst().orElseThrow(() -> new IllegalStateException("no session"));
        int shard = interaction.hasKey("guild_id") ? shardOf(interaction.getString("guild_id"), any.total()) : 0;
        FakeGateway.Session session =
                gateway.sessionFor(shard).orElseThrow(() -> new IllegalStateException("no session for shard " + shard));
        gateway.dispatch(session, "INTERACTION_CREATE", interaction);
    }

    /** Discord's routing rule: {@code (guild_id >> 22) % num_shards}. */
    public static int shardOf(String guildId, int total) {
        return (int) ((Long.parseUnsignedLong(guildId) >>> 22) % total);
    }

    private DataObject gatewayBot() {
        return DataObject.empty()
                .put("url", gateway.url())
                .put("shards", recommendedShards)
                .put(
                        "session_start_limit",
                        DataObject.empty()
                                .put("total", 1000)
                                .put("remaining", 1000)
                                .put("reset_after", 0)
                                .put("max_concurrency", 16));
    }

    static DataObject botUser() {
        return DataObject.empty()
                .put("id", APPLICATION_ID)
                .put("username", "skillbot")
                .put("discriminator", "0000")
                .put("global_name", null)
                .put("avatar", null)
                .put("bot", true)
                .put("verified", true)
                .put("mfa_enabled", false);
    }

    /** A GUILD_CREATE payload: three text channels, the bot as its only member, allowed to post by @everyone's permissions. */
    static DataObject guild(String id) {
        DataObject everyone = DataObject.empty()
                .put("id", id)
                .put("name", "@everyone")
                .put("permissions", Interactions.PERMISSIONS)
                .put("position", 0)
                .put("color", 0)
                .put("colors", DataObject.empty().put("primary_color", 0))
                .put("hoist", false)
                .put("managed", false)
                .put("mentionable", false)
                .put("flags", 0);
        return DataObject.empty()
                .put("id", id)
                .put("name", "Guild " + id)
                .put("owner_id", "444444444444444444")
                .put("roles", DataArray.empty().add(everyone))
                .put(
                        "channels",
                        DataArray.empty()
                                .add(Interactions.textChannel(id, CHANNEL_ID).remove("permissions"))
                                .add(Interactions.textChannel(id, REVIEW_CHANNEL_ID)
                                        .remove("permissions"))
                                .add(Interactions.textChannel(id, SPARE_CHANNEL_ID)
                                        .remove("permissions")))
                .put("threads", DataArray.empty())
                .put("guild_scheduled_events", DataArray.empty())
                .put("emojis", DataArray.empty())
                .put("stickers", DataArray.empty())
                .put("voice_states", DataArray.empty())
                .put("presences", DataArray.empty())
                .put("features", DataArray.empty())
                .put("member_count", 1)
                .put("large", false)
                .put("unavailable", false)
                .put("preferred_locale", "en-US")
                .put("afk_timeout", 300)
                .put(
                        "members",
                        DataArray.empty()
                                .add(DataObject.empty()
                                        .put("user", botUser())
                                        .put("roles", DataArray.empty())
                                        .put("joined_at", "2026-01-01T00:00:00.000000+00:00")
                                        .put("deaf", false)
                                        .put("mute", false)
                                        .put("flags", 0)));
    }

    /** A message as Discord returns it, built from what was sent. */
    static DataObject message(String id, String channelId, DataObject sent, int flags) {
        return DataObject.empty()
                .put("id", id)
                .put("channel_id", channelId)
                .put("type", 0)
                .put("content", sent.getString("content", ""))
                .put("author", botUser())
                .put("timestamp", "2026-01-01T00:00:00.000000+00:00")
                .put("edited_timestamp", null)
                .put("tts", false)
                .put("mention_everyone", false)
                .put("mentions", DataArray.empty())
                .put("mention_roles", DataArray.empty())
                .put("attachments", DataArray.empty())
                .put("embeds", asReceived(sent.optArray("embeds").orElseGet(DataArray::empty)))
                .put("components", sent.optArray("components").orElseGet(DataArray::empty))
                .put("pinned", false)
                .put("flags", flags)
                .put("application_id", APPLICATION_ID)
                .put("webhook_id", APPLICATION_ID);
    }

    /** A message the bot posted in a channel, as Discord returns it. */
    static DataObject channelMessage(String id, String channelId, DataObject sent) {
        return message(id, channelId, sent, sent.getInt("flags", 0))
                .remove("webhook_id")
                .remove("application_id");
    }

    /** Embeds as Discord returns them: with their type. */
    private static DataArray asReceived(DataArray embeds) {
        DataArray received = DataArray.empty();
        embeds.stream(DataArray::getObject).forEach(embed -> received.add(embed.put("type", "rich")));
        return received;
    }

    @Override
    public void close() {
        rest.close();
        try {
            gateway.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
