package dev.skillbot.discord;

import dev.skillbot.card.Card;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import net.dv8tion.jda.api.utils.messages.MessageRequest;

/**
 * Draws a card as a Discord message: embeds for the content, action rows for the controls. Every
 * message and every edit says explicitly that it may mention nobody.
 */
final class DiscordCardRenderer {

    static final EnumSet<MentionType> NO_MENTIONS = EnumSet.noneOf(MentionType.class);

    MessageCreateData create(Card card, String locale) {
        return fill(new MessageCreateBuilder(), card, locale).build();
    }

    MessageEditData edit(Card card, String locale) {
        return fill(new MessageEditBuilder(), card, locale).build();
    }

    private static <R extends MessageRequest<R>> R fill(R message, Card card, String locale) {
        return message.setEmbeds(embeds(card, locale))
                .setComponents(rows(card))
                .setAllowedMentions(NO_MENTIONS)
                .mentionRepliedUser(false);
    }

    private static List<MessageEmbed> embeds(Card card, String locale) {
        return new EmbedLayout(Messages.forLocale(locale).get(MessageKey.TRUNCATED)).layout(card);
    }

    private static List<ActionRow> rows(Card card) {
        return ComponentLayout.layout(card.controls());
    }
}
