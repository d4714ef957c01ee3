package dev.skillbot.discord;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/**
 * Registers {@code /skill} when shards come up: once globally by default, or in each configured
 * guild when that guild is ready on the shard that serves it.
 */
final class DiscordCommandRegistrar extends ListenerAdapter {

    private final DiscordCommands commands;
    private final List<String> guildIds;
    private final AtomicBoolean globalDone = new AtomicBoolean();

    DiscordCommandRegistrar(DiscordCommands commands, List<String> guildIds) {
        this.commands = commands;
        this.guildIds = List.copyOf(guildIds);
    }

    @Override
    public void onReady(ReadyEvent event) {
        if (guildIds.isEmpty() && globalDone.compareAndSet(false, true)) {
            registerGlobally(event.getJDA());
        }
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        if (guildIds.contains(event.getGuild().getId())) {
            registerIn(event.getGuild());
        }
    }

    /** Registers again wherever this process registers, for instance after the catalog's levels changed. */
    void refresh(List<JDA> shards) {
        if (guildIds.isEmpty()) {
            shards.stream().findFirst().ifPresent(this::registerGlobally);
            return;
        }
        shards.stream()
                .flatMap(jda -> jda.getGuilds().stream())
                .filter(guild -> guildIds.contains(guild.getId()))
                .forEach(this::registerIn);
    }

    private void registerGlobally(JDA jda) {
        commands.registerIfChanged(
                "globally", jda.retrieveCommands(true), jda.updateCommands(), commands.definition(false));
    }

    private void registerIn(Guild guild) {
        commands.registerIfChanged(
                "in guild " + guild.getId(),
                guild.retrieveCommands(true),
                guild.updateCommands(),
                commands.definition(true));
    }
}
