package dev.skillbot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.model.Message;
import dev.skillbot.card.Card;
import dev.skillbot.chat.Platform;
import dev.skillbot.digest.DigestPublisher;
import dev.skillbot.digest.IsoWeek;
import dev.skillbot.digest.Subscription;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts weekly digests with {@code chat.postMessage}, paced and retried by {@link PacedSlackCalls}.
 * Each digest carries message metadata ({@code skillbot_digest}, with its ISO week), so an
 * unfinished claim is reconciled by reading the channel's history for a message of this bot with
 * that metadata: unlike the title, metadata does not depend on the language, is never cut, and
 * cannot be matched by someone quoting the digest or by another Skillbot installation.
 */
final class SlackDigestPublisher implements DigestPublisher {

    static final String EVENT_TYPE = "skillbot_digest";
    static final String WEEK = "week";
    /** History pages of 200 read at most when reconciling: a week of a busy channel. */
    static final int MAX_PAGES = 5;

    private static final Pattern ISO_WEEK = Pattern.compile("\\d{4}-W\\d{2}");

    private final MethodsClient methods;
    private final PacedSlackCalls delivery;
    private volatile String botId;

    SlackDigestPublisher(MethodsClient methods, PacedSlackCalls delivery) {
        this.methods = methods;
        this.delivery = delivery;
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    @Override
    public String publish(Subscription subscription, Card card) throws DeliveryException {
        Message.Metadata metadata = weekOf(card)
                .map(week -> new Message.Metadata(EVENT_TYPE, Map.<String, Object>of(WEEK, week)))
                .orElse(null);
        SlackCardRenderer renderer = SlackCardRenderer.forLocale(subscription.locale());
        return delivery.post(
                        subscription.channel(),
                        () -> methods.chatPostMessage(request -> request.channel(subscription.channel())
                                .text(renderer.text(card))
                                .blocks(renderer.blocks(card))
                                .metadata(metadata)
                                .unfurlLinks(false)))
                .getTs();
    }

    @Override
    public Optional<String> findPosted(Subscription subscription, IsoWeek week) throws DeliveryException {
        String ours = botId();
        // A week's digest is posted after the week ends; a day's margin covers any zone.
        String oldest = Long.toString(week.start(ZoneOffset.UTC).getEpochSecond() - 86_400);
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String from = cursor;
            ConversationsHistoryResponse history =
                    delivery.call(() -> methods.conversationsHistory(request -> request.channel(subscription.channel())
                            .oldest(oldest)
                            .limit(200)
                            .includeAllMetadata(true)
                            .cursor(from)));
            for (Message message :
                    history.getMessages() == null ? java.util.List.<Message>of() : history.getMessages()) {
                if (Objects.equals(message.getBotId(), ours) && isDigestOf(message, week)) {
                    return Optional.of(message.getTs());
                }
            }
            cursor = history.getResponseMetadata() == null
                    ? null
                    : history.getResponseMetadata().getNextCursor();
            if (!history.isHasMore() || cursor == null || cursor.isEmpty()) {
                break;
            }
        }
        return Optional.empty();
    }

    @Override
    public void notifyUser(String workspace, String userId, Card card, String locale) throws DeliveryException {
        SlackCardRenderer renderer = SlackCardRenderer.forLocale(locale);
        delivery.post(
                userId,
                () -> methods.chatPostMessage(request -> request.channel(userId)
                        .text(renderer.text(card))
                        .blocks(renderer.blocks(card))
                        .unfurlLinks(false)));
    }

    private static boolean isDigestOf(Message message, IsoWeek week) {
        Message.Metadata metadata = message.getMetadata();
        return metadata != null
                && EVENT_TYPE.equals(metadata.getEventType())
                && metadata.getEventPayload() != null
                && week.toString()
                        .equals(String.valueOf(metadata.getEventPayload().get(WEEK)));
    }

    /** The ISO week the digest is about: its title names it, the marker the digest feature promises. */
    static Optional<String> weekOf(Card card) {
        Matcher matcher = ISO_WEEK.matcher(card.title());
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }

    /** This bot's id, asked once: only reconciling needs it, so start-up makes no extra call. */
    private String botId() throws DeliveryException {
        String known = botId;
        if (known == null) {
            known = delivery.call(() -> methods.authTest(request -> request)).getBotId();
            botId = known;
        }
        return known;
    }
}
