package dev.skillbot.discord;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * The channels this process can post to. JDA always asks for the (unprivileged) GUILDS intent, so
 * every guild on a shard this process runs arrives with its channels, and JDA keeps that cache up
 * to date (created, deleted, renamed channels). A channel is therefore reachable here exactly when
 * its guild's shard runs in this process; another replica serves the others.
 */
final class DiscordChannels {

    private final Supplier<ShardManager> shards;

    DiscordChannels(Supplier<ShardManager> shards) {
        this.shards = shards;
    }

    /** The connected shard that serves a guild, when this process runs it. */
    Optional<JDA> shardFor(String guildId) {
        ShardManager manager = shards.get();
        long id;
        try {
            id = Long.parseUnsignedLong(guildId);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (manager == null || manager.getShardsTotal() <= 0) {
            return Optional.empty();
        }
        JDA shard = manager.getShardById((int) ((id >>> 22) % manager.getShardsTotal()));
        return shard != null && shard.getStatus() == JDA.Status.CONNECTED && !shard.isUnavailable(id)
                ? Optional.of(shard)
                : Optional.empty();
    }

    /** A text-like guild channel from the cache of any shard this process runs. */
    Optional<GuildMessageChannel> channel(String channelId) {
        ShardManager manager = shards.get();
        if (manager == null || channelId == null || !channelId.matches("\\d{1,20}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(manager.getChannelById(GuildMessageChannel.class, channelId));
    }

    /** Sends a direct message; any shard can, since it is plain REST. */
    CompletableFuture<Message> directMessage(String userId, MessageCreateData message) {
        ShardManager manager = shards.get();
        JDA any = manager == null
                ? null
                : manager.getShards().stream().findFirst().orElse(null);
        if (any == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no Discord shard is running"));
        }
        return any.openPrivateChannelById(userId)
                .flatMap(channel -> channel.sendMessage(message))
                .submit();
    }

    /** Discord's link to a message, as the client opens it. */
    static String link(GuildMessageChannel channel, String messageId) {
        return "https://discord.com/channels/" + channel.getGuild().getId() + "/" + channel.getId() + "/" + messageId;
    }
}
