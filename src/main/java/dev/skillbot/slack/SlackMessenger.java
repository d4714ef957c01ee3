package dev.skillbot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.chat.ChatUnfurlRequest;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.skillbot.card.Card;
import dev.skillbot.digest.DigestPublisher.DeliveryException;
import dev.skillbot.observability.LogSafe;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Web API calls of the interactive flows: open a modal, post, update and link a message.
 * Posts and updates run after the answer, on the background client and through
 * {@link PacedSlackCalls} (paced, retried); a modal is opened with one call on the answering client,
 * as its {@code trigger_id} lives 3 seconds and opens one modal only. Failures are logged and
 * answered with empty or false, so a flow carries on without the message.
 */
final class SlackMessenger {

    private static final Logger log = LoggerFactory.getLogger(SlackMessenger.class);
    /** Errors of {@code chat.delete} after which the message is gone or can never be deleted. */
    private static final Set<String> GONE_MESSAGES = Set.of("message_not_found", "cant_delete_message");

    private final MethodsClient answering;
    private final MethodsClient methods;
    private final SlackCardRenderer renderer;
    private final PacedSlackCalls delivery;

    SlackMessenger(
            MethodsClient answering, MethodsClient background, SlackCardRenderer renderer, PacedSlackCalls delivery) {
        this.answering = answering;
        this.methods = background;
        this.renderer = renderer;
        this.delivery = delivery;
    }

    boolean openModal(String triggerId, View view) {
        if (triggerId == null || triggerId.isBlank()) {
            return false;
        }
        try {
            ViewsOpenResponse response =
                    answering.viewsOpen(request -> request.triggerId(triggerId).view(view));
            if (!response.isOk()) {
                log.warn(
                        "views.open refused: {} {}",
                        LogSafe.escape(response.getError()),
                        response.getResponseMetadata() == null
                                ? ""
                                : LogSafe.escape(String.valueOf(
                                        response.getResponseMetadata().getMessages())));
            }
            return response.isOk();
        } catch (IOException | SlackApiException e) {
            log.warn("views.open failed: {}", LogSafe.escape(e.getMessage()));
            return false;
        }
    }

    /** Posts the card to a channel, or to a user id for a direct message; the message's ts. */
    Optional<String> post(String channel, Card card) {
        try {
            return Optional.of(delivery.post(
                            channel,
                            () -> methods.chatPostMessage(request -> request.channel(channel)
                                    .text(renderer.text(card))
                                    .blocks(renderer.blocks(card))
                                    .unfurlLinks(false)))
                    .getTs());
        } catch (DeliveryException e) {
            log.warn("chat.postMessage to {} failed: {}", LogSafe.escape(channel), LogSafe.escape(e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * Posts the messages in order, each with {@code text} beside its blocks, to a channel or to a user id (a direct
     * message); false at the first Slack refuses, and the rest are not sent.
     */
    boolean postAll(String channel, String text, List<List<LayoutBlock>> messages) {
        for (List<LayoutBlock> blocks : messages) {
            try {
                delivery.post(
                        channel,
                        () -> methods.chatPostMessage(request -> request.channel(channel)
                                .text(text)
                                .blocks(blocks)
                                .unfurlLinks(false)));
            } catch (DeliveryException e) {
                log.warn("chat.postMessage to {} failed: {}", LogSafe.escape(channel), LogSafe.escape(e.getMessage()));
                return false;
            }
        }
        return true;
    }

    /** A short text to a user, as a direct message, or to a channel. */
    void note(String channel, String text) {
        try {
            delivery.post(
                    channel,
                    () -> methods.chatPostMessage(request -> request.channel(channel)
                            .text(NoteBlocks.text(text))
                            .blocks(NoteBlocks.blocks(text))
                            .unfurlLinks(false)));
        } catch (DeliveryException e) {
            log.warn("chat.postMessage to {} failed: {}", LogSafe.escape(channel), LogSafe.escape(e.getMessage()));
        }
    }

    /**
     * Deletes a message the bot posted; true once it is gone: deleted now, or it cannot be any more (already
     * deleted, channel deleted or archived, the bot removed); false when Slack could not be reached.
     */
    boolean delete(String channel, String ts) {
        try {
            delivery.call(
                    () -> methods.chatDelete(request -> request.channel(channel).ts(ts)));
            return true;
        } catch (DeliveryException e) {
            log.warn(
                    "chat.delete of {} in {} failed: {}",
                    LogSafe.escape(ts),
                    LogSafe.escape(channel),
                    LogSafe.escape(e.getMessage()));
            return e.channelGone() || GONE_MESSAGES.contains(e.getMessage().replaceFirst("^HTTP \\d+ ", ""));
        }
    }

    boolean update(String channel, String ts, Card card) {
        try {
            delivery.call(() -> methods.chatUpdate(request ->
                    request.channel(channel).ts(ts).text(renderer.text(card)).blocks(renderer.blocks(card))));
            return true;
        } catch (DeliveryException e) {
            log.warn(
                    "chat.update of {} in {} failed: {}",
                    LogSafe.escape(ts),
                    LogSafe.escape(channel),
                    LogSafe.escape(e.getMessage()));
            return false;
        }
    }

    /**
     * Unfurls links into cards: in a posted message ({@code channel} and {@code ts}), or in the message
     * composer ({@code unfurlId} and {@code source}, when Slack sends them).
     */
    boolean unfurl(String channel, String ts, String unfurlId, String source, Map<String, Card> cards) {
        Map<String, ChatUnfurlRequest.UnfurlDetail> unfurls = new LinkedHashMap<>();
        cards.forEach((url, card) -> unfurls.put(
                url,
                ChatUnfurlRequest.UnfurlDetail.builder()
                        .blocks(renderer.compact(card))
                        .build()));
        try {
            delivery.call(() -> methods.chatUnfurl(request -> (unfurlId != null && source != null
                            ? request.unfurlId(unfurlId).source(source)
                            : request.channel(channel).ts(ts))
                    .unfurls(unfurls)));
            return true;
        } catch (DeliveryException e) {
            log.warn("chat.unfurl in {} failed: {}", LogSafe.escape(channel), LogSafe.escape(e.getMessage()));
            return false;
        }
    }

    Optional<String> permalink(String channel, String ts) {
        try {
            return Optional.ofNullable(delivery.call(() -> methods.chatGetPermalink(
                            request -> request.channel(channel).messageTs(ts)))
                    .getPermalink());
        } catch (DeliveryException e) {
            log.warn(
                    "chat.getPermalink of {} in {} failed: {}",
                    LogSafe.escape(ts),
                    LogSafe.escape(channel),
                    LogSafe.escape(e.getMessage()));
            return Optional.empty();
        }
    }
}
