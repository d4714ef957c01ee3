package dev.skillbot.discord;

import dev.skillbot.command.Invocation;
import dev.skillbot.command.Platform;
import net.dv8tion.jda.api.interactions.Interaction;

/** Who asked, where and in which language, from a Discord interaction. */
final class Invocations {

    static final String DIRECT_MESSAGES = "dm";

    private Invocations() {
    }

    static Invocation of(Interaction interaction, Invocation.Origin origin) {
        String workspace = interaction.getGuild() != null ? interaction.getGuild().getId() : DIRECT_MESSAGES;
        return new Invocation(Platform.DISCORD, workspace, interaction.getChannelId(), interaction.getUser().getId(),
                interaction.getUserLocale().getLocale(), origin);
    }
}
