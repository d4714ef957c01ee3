package dev.skillbot.discord;

import dev.skillbot.card.Card;
import net.dv8tion.jda.api.entities.Message.MessageFlag;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * The {@code ask --format discord} output: the message body the adapter sends when it answers a
 * slash command (the {@code data} of an ephemeral interaction reply), serialised by JDA itself.
 */
public final class DiscordJsonFormat {

    private final DiscordCardRenderer renderer = new DiscordCardRenderer();

    public String render(Card card) {
        return replyBody(renderer.create(card, "en"), true).toPrettyString();
    }

    /** The body JDA sends for a reply: the message data with the ephemeral flag added, as JDA adds it. */
    static DataObject replyBody(MessageCreateData message, boolean ephemeral) {
        DataObject body = message.toData();
        int flags = body.getInt("flags", 0);
        return body.put("flags", ephemeral ? flags | MessageFlag.EPHEMERAL.getValue() : flags);
    }
}
