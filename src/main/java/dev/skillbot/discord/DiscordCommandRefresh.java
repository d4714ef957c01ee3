package dev.skillbot.discord;

import dev.skillbot.catalog.CatalogReloadListener;
import dev.skillbot.catalog.ReloadStatus;
import net.dv8tion.jda.api.sharding.ShardManager;

/** Registers the commands again after a catalog reload, which may have changed them (only differences are sent). */
final class DiscordCommandRefresh implements CatalogReloadListener {

    private final DiscordBot bot;
    private final DiscordCommandRegistrar registrar;

    DiscordCommandRefresh(DiscordBot bot, DiscordCommandRegistrar registrar) {
        this.bot = bot;
        this.registrar = registrar;
    }

    @Override
    public void catalogReloaded(ReloadStatus status) {
        ShardManager shards = bot.shards();
        // without shards (Discord not reached since start) the registrar registers them when the shards are ready
        if (status.succeeded() && shards != null) {
            registrar.refresh(shards.getShards());
        }
    }
}
