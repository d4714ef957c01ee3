package dev.skillbot.discord;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers {@code /skill} when shards come up: once globally by default, or in each configured
 * guild when that guild is ready on the shard that serves it. The registered commands are read
 * back first and replaced only when the definition differs, compared through JDA's own
 * serialisation of both sides.
 */
final class DiscordCommandRegistrar extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(DiscordCommandRegistrar.class);

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
        registerIfChanged("globally", jda.retrieveCommands(true), jda.updateCommands(), commands.definition(false));
    }

    private void registerIn(Guild guild) {
        registerIfChanged(
                "in guild " + guild.getId(),
                guild.retrieveCommands(true),
                guild.updateCommands(),
                commands.definition(true));
    }

    /** Registers {@code wanted} unless what Discord has already equals it. */
    private static void registerIfChanged(
            String scope, RestAction<List<Command>> registered, CommandListUpdateAction update, CommandData wanted) {
        registered.queue(
                existing -> {
                    if (same(existing, wanted)) {
                        log.info("Discord commands {} are up to date", scope);
                        return;
                    }
                    update.addCommands(wanted)
                            .queue(
                                    done -> log.info("Registered Discord command /{} {}", DiscordCommands.NAME, scope),
                                    failed(scope));
                },
                failed(scope));
    }

    private static boolean same(List<Command> registered, CommandData wanted) {
        return sameAsRegistered(
                registered.stream()
                        .map(command -> CommandData.fromCommand(command).toData())
                        .toList(),
                wanted);
    }

    /** True when exactly the wanted command is registered, both read through JDA's model of a command. */
    static boolean sameAsRegistered(List<DataObject> registered, CommandData wanted) {
        return registered.size() == 1
                && canonical(CommandData.fromData(registered.get(0)).toData()).equals(canonical(wanted.toData()));
    }

    /** Plain maps and lists, so that key order and JDA's wrapper types do not count. */
    private static Map<String, Object> canonical(DataObject data) {
        return DataObject.fromJson(data.toString()).toMap();
    }

    private static Consumer<Throwable> failed(String scope) {
        return error -> log.warn("Could not register Discord commands {}: {}", scope, error.getMessage());
    }
}
