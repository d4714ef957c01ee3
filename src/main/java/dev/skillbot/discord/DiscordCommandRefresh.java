package dev.skillbot.discord;

import dev.skillbot.catalog.CatalogReloadListener;
import dev.skillbot.catalog.ReloadStatus;

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
        if (status.succeeded()) {
            registrar.refresh(bot.shards().getShards());
        }
    }
}
