package dev.skillbot.slack;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.model.block.LayoutBlock;
import dev.skillbot.card.Block;
import dev.skillbot.card.Card;
import dev.skillbot.card.Document;
import java.util.List;

/**
 * A private answer to {@code /skill} that one message cannot hold: a document, such as {@code me export},
 * longer than 50 sections of text. It goes out as several private messages through the command's
 * response_url, in order, instead of one message with the rest dropped; a response_url takes five.
 */
final class SlackLongAnswers {

    /** How many messages a slash command's response_url takes. */
    static final int MAX_MESSAGES = 5;

    private final ResponseUrlPoster responder;

    SlackLongAnswers(ResponseUrlPoster responder) {
        this.responder = responder;
    }

    /**
     * Sends {@code card} through {@code responseUrl} when it is a document one message cannot hold, and
     * says so; false (nothing sent) when one message can carry it. {@code replacing}: its first message
     * replaces the card a button was clicked on, as that one message would have.
     */
    boolean sent(Card card, String responseUrl, SlackCardRenderer renderer, boolean replacing) {
        if (responseUrl == null || !hasDocument(card)) {
            return false;
        }
        List<List<LayoutBlock>> messages = renderer.messages(card, MAX_MESSAGES);
        if (messages.size() == 1) {
            return false;
        }
        String text = renderer.text(card);
        ActionResponse[] sent = new ActionResponse[messages.size()];
        for (int i = 0; i < sent.length; i++) {
            sent[i] = ActionResponse.builder()
                    .responseType("ephemeral")
                    .replaceOriginal(replacing && i == 0)
                    .text(text)
                    .blocks(messages.get(i))
                    .build();
        }
        responder.send(responseUrl, sent);
        return true;
    }

    /** A loop, not a stream: every {@code /skill} answer passes here. */
    static boolean hasDocument(Card card) {
        for (Block block : card.blocks()) {
            if (block instanceof Document) {
                return true;
            }
        }
        return false;
    }
}
