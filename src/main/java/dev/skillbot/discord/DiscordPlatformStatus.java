package dev.skillbot.discord;

import dev.skillbot.observability.PlatformStatus;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;

/**
 * Discord's connection for health and {@code about}: connected when every shard this replica
 * runs is CONNECTED (and none is still waiting to start); the detail lists each shard's status.
 */
final class DiscordPlatformStatus implements PlatformStatus {

    private final Supplier<ShardManager> shards;
    private final Supplier<String> waiting;

    /** {@code waiting} says why there are no shards yet, such as Discord not reached since start. */
    DiscordPlatformStatus(Supplier<ShardManager> shards, Supplier<String> waiting) {
        this.shards = shards;
        this.waiting = waiting;
    }

    @Override
    public String name() {
        return "Discord";
    }

    @Override
    public boolean connected() {
        ShardManager manager = shards.get();
        return manager != null
                && !manager.getShards().isEmpty()
                && manager.getShardsQueued() == 0
                && manager.getShards().stream().allMatch(shard -> shard.getStatus() == JDA.Status.CONNECTED);
    }

    @Override
    public String detail() {
        ShardManager manager = shards.get();
        if (manager == null) {
            return waiting.get();
        }
        String running = manager.getShards().stream()
                .sorted(Comparator.comparingInt(shard -> shard.getShardInfo().getShardId()))
                .map(shard -> shard.getShardInfo().getShardId() + " " + shard.getStatus())
                .collect(Collectors.joining(", "));
        String queued = manager.getShardsQueued() == 0 ? "" : ", " + manager.getShardsQueued() + " waiting to start";
        return "shards " + (running.isEmpty() ? "none" : running) + " of " + manager.getShardsTotal() + queued;
    }
}
