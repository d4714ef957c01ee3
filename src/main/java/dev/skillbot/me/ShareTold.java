package dev.skillbot.me;

import dev.skillbot.card.ActionId;
import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Mention;
import dev.skillbot.card.Section;
import dev.skillbot.chat.Platform;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Tells the one person a share names, by a direct message in their language, who shared and how to
 * open it (a button running {@code me shared <id>}), and words the sharer's answer after how that
 * went: delivered, not delivered (then the sharer passes the command on), or still on its way after
 * {@link #WAIT}, which keeps the sharer's answer within the platforms' three seconds. One sharer tells one
 * person at most once in {@link #QUIET}, however often they share, stop and share again at once, on however many
 * replicas (the claim is the store's, {@link Shares#claimTelling}): the bot's direct messages are no way to flood
 * someone. A message not delivered gives the claim back, also when the platform refuses it after the answer.
 */
final class ShareTold {

    static final Duration WAIT = Duration.ofMillis(1500);
    static final Duration QUIET = Duration.ofHours(1);

    private final Map<Platform, DirectMessages> messengers = new EnumMap<>(Platform.class);

    ShareTold(List<DirectMessages> messengers) {
        messengers.forEach(each -> this.messengers.put(each.platform(), each));
    }

    /** Sends the message, unless this sharer told this person within the hour, and answers with the sharer's line. */
    String tell(MeContext me, String viewer, long shareId) {
        String open = ShareCards.SHARED_COMMAND + " " + shareId;
        DirectMessages messages = messengers.get(me.user().platform());
        if (messages == null) {
            return me.t(MessageKey.SHARE_DONE_PERSON_UNTOLD, ShareCards.PERSON, open);
        }
        Instant at = me.stores().clock().instant();
        if (!me.stores().shares().claimTelling(me.user(), viewer, at, at.minus(QUIET))) {
            return me.t(MessageKey.SHARE_DONE_PERSON_RECENT, ShareCards.PERSON, open);
        }
        UserRef person = new UserRef(me.user().platform(), me.user().workspace(), viewer);
        String locale = messages.localeOf(person);
        Messages theirs = Messages.forLocale(locale);
        String text = theirs.get(MessageKey.SHARE_TOLD_TEXT, ShareCards.PERSON);
        Card card = new Card(
                Card.Kind.NOTICE,
                theirs.get(MessageKey.SHARE_TOLD_TITLE),
                List.of(),
                List.of(),
                List.of(Section.mentioning(
                        "", text, List.of(Mention.user(me.user().user())))),
                List.of(new Button(
                        theirs.get(MessageKey.SHARE_TOLD_OPEN),
                        ActionId.of(ActionId.Action.SHOW, open),
                        Button.Style.PRIMARY)),
                theirs.get(MessageKey.SHARE_TOLD_TITLE));
        CompletableFuture<Boolean> sent = messages.send(person, card, locale);
        // not told, also after the answer (still on its way then): the next share tries again
        sent.whenComplete((delivered, failed) -> {
            if (!Boolean.TRUE.equals(delivered)) {
                release(me, viewer, at);
            }
        });
        MessageKey outcome;
        try {
            outcome = sent.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)
                    ? MessageKey.SHARE_DONE_PERSON
                    : MessageKey.SHARE_DONE_PERSON_UNTOLD;
        } catch (TimeoutException e) {
            outcome = MessageKey.SHARE_DONE_PERSON_PENDING;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = MessageKey.SHARE_DONE_PERSON_PENDING;
        } catch (ExecutionException e) {
            outcome = MessageKey.SHARE_DONE_PERSON_UNTOLD;
        }
        return me.t(outcome, ShareCards.PERSON, open);
    }

    private static void release(MeContext me, String viewer, Instant at) {
        try {
            me.stores().shares().releaseTelling(me.user(), viewer, at);
        } catch (MeUnavailableException e) {
            // the claim stays for its hour: at worst this person is told of this sharer's next share an hour later
        }
    }
}
