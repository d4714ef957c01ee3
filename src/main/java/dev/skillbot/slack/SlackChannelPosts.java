package dev.skillbot.slack;

import dev.skillbot.card.Card;
import dev.skillbot.chat.Invocation;
import dev.skillbot.command.CommandService;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * A Share button's card posted for everyone. A card the command service keeps track of (a shared checklist, taken
 * down when its share stops) is posted with {@code chat.postMessage}, whose {@code ts} a {@code response_url}
 * message never tells; where the bot may not post (not in the channel) it goes through the {@code response_url} as
 * any other card, and then stays when its share stops. Either way the private copy is removed.
 */
final class SlackChannelPosts {

    private final CommandService commands;
    private final SlackMessenger web;
    private final ResponseUrlPoster responder;
    private final Executor afterAck;

    SlackChannelPosts(CommandService commands, SlackMessenger web, ResponseUrlPoster responder, Executor afterAck) {
        this.commands = commands;
        this.web = web;
        this.responder = responder;
        this.afterAck = afterAck;
    }

    void post(Invocation invocation, String text, String responseUrl) {
        if (!commands.keepsPosts(text)) {
            responder.send(
                    responseUrl,
                    inChannel(invocation, commands.answer(invocation, text)),
                    ResponseUrlPoster.DELETE_ORIGINAL);
            return;
        }
        afterAck.execute(() -> {
            Card card = commands.answer(invocation, text);
            Optional<String> ts = web.post(invocation.channel(), card);
            if (ts.isPresent()) {
                commands.posted(invocation, text, ts.get());
                responder.send(responseUrl, ResponseUrlPoster.DELETE_ORIGINAL);
            } else {
                responder.send(responseUrl, inChannel(invocation, card), ResponseUrlPoster.DELETE_ORIGINAL);
            }
        });
    }

    private static com.slack.api.app_backend.interactive_components.response.ActionResponse inChannel(
            Invocation invocation, Card card) {
        return SlackCardRenderer.forLocale(invocation.locale()).inChannel(card);
    }
}
