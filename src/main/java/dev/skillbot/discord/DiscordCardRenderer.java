package dev.skillbot.discord;

import dev.skillbot.card.Card;
import dev.skillbot.card.Document;
import dev.skillbot.card.Section;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
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
        message.setEmbeds(embeds(card, locale))
                .setComponents(rows(card))
                .setAllowedMentions(NO_MENTIONS)
                .mentionRepliedUser(false);
        List<FileUpload> files = files(card);
        return files.isEmpty() ? message : message.setFiles(files);
    }

    /**
     * Each document on the card as an attached file: the embeds shorten a text past 6,000 characters,
     * and an export must arrive whole. Only when there is one, so an edit keeps a message's attachments.
     */
    private static List<FileUpload> files(Card card) {
        return card.blocks().stream()
                .filter(Document.class::isInstance)
                .map(Document.class::cast)
                .map(document ->
                        FileUpload.fromData(document.text().getBytes(StandardCharsets.UTF_8), document.fileName()))
                .toList();
    }

    /** A short private answer: its text is the whole card. */
    static Card notice(String text) {
        return new Card(Card.Kind.NOTICE, text, List.of(), List.of(), List.of(), List.of(), text);
    }

    private static List<MessageEmbed> embeds(Card card, String locale) {
        return new EmbedPacker(Messages.forLocale(locale).get(MessageKey.TRUNCATED)).layout(textOnly(card));
    }

    /**
     * A notice that is only a title (such as a refusal with a reviewer's reason) shows its text as
     * the description, which holds 4,096 characters where a title holds 256.
     */
    private static Card textOnly(Card card) {
        if (card.kind() != Card.Kind.NOTICE || !card.blocks().isEmpty()) {
            return card;
        }
        return new Card(
                card.kind(),
                "",
                card.context(),
                card.tags(),
                List.of(Section.of("", null, card.title())),
                card.controls(),
                card.fallback());
    }

    private static List<ActionRow> rows(Card card) {
        return ComponentLayout.layout(card.controls());
    }
}
