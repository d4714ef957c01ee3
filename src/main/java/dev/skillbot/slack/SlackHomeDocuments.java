package dev.skillbot.slack;

import com.slack.api.model.block.LayoutBlock;
import dev.skillbot.card.Block;
import dev.skillbot.card.Card;
import dev.skillbot.card.Section;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * A document the Home tab cannot show whole (a long {@code me export}, from the profile's Export button there): the
 * tab is one view and shows one message's worth of a card. The document goes to the person instead as direct messages
 * from the bot (the app's Messages tab), as many as the command would send ({@link SlackLongAnswers}), and the tab
 * says so; when they cannot be sent, the tab shows the shortened document and says that too.
 */
final class SlackHomeDocuments {

    private final SlackMessenger web;

    SlackHomeDocuments(SlackMessenger web) {
        this.web = web;
    }

    /** What the Home tab shows of {@code card} clicked there by {@code user}: the card itself when it fits. */
    Card shown(Card card, String user, String locale) {
        if (!SlackLongAnswers.hasDocument(card)) {
            return card;
        }
        SlackCardRenderer renderer = SlackCardRenderer.forLocale(locale);
        List<List<LayoutBlock>> messages = renderer.messages(card, SlackLongAnswers.MAX_MESSAGES);
        if (messages.size() == 1) {
            return card;
        }
        Messages words = Messages.forLocale(locale);
        if (web.postAll(user, renderer.text(card), messages)) {
            String sent = words.get(MessageKey.ME_EXPORT_SENT, messages.size());
            return new Card(
                    Card.Kind.NOTICE,
                    card.title(),
                    List.of(),
                    List.of(),
                    List.of(Section.of("", null, sent)),
                    List.of(),
                    sent);
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(Section.of("", null, words.get(MessageKey.ME_EXPORT_NOT_SENT)));
        blocks.addAll(card.blocks());
        return new Card(
                card.kind(), card.title(), card.context(), card.tags(), blocks, card.controls(), card.fallback());
    }
}
