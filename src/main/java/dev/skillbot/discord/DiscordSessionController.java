package dev.skillbot.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * JDA's default session controller, dialling a configured gateway instead of Discord's. The REST
 * base URL alone is not enough: JDA connects to the gateway address it gets from here, both when a
 * shard starts and when it reconnects. Shard count and concurrency still come from {@code gateway/bot}.
 */
final class DiscordSessionController extends ConcurrentSessionController {

    private final String gateway;

    DiscordSessionController(String gateway) {
        this.gateway = gateway;
    }

    @Override
    public String getGateway() {
        return gateway;
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        ShardedGateway recommended = super.getShardedGateway(api);
        return new ShardedGateway(gateway, recommended.getShardTotal(), recommended.getConcurrency());
    }
}
