package dev.skillbot.discord;

import dev.skillbot.card.Card;
import dev.skillbot.chat.Invocation;
import dev.skillbot.command.CommandService;
import dev.skillbot.concurrent.DaemonThreads;
import dev.skillbot.observability.RequestId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.requests.RestAction;

/**
 * Answers posted for everyone in the channel (a Share button). Discord's answer to an interaction does not say
 * which message it became, so the original is read back, and the command service learns its id off JDA's threads:
 * a shared checklist's card is then taken down when its share stops.
 */
final class ChannelPosts {

    private final CardResponder responder;
    private final CommandService commands;
    private final DiscordCardRenderer renderer;
    private final ExecutorService records = Executors.newCachedThreadPool(DaemonThreads.numbered("discord-post-"));

    ChannelPosts(CardResponder responder, CommandService commands, DiscordCardRenderer renderer) {
        this.responder = responder;
        this.commands = commands;
        this.renderer = renderer;
    }

    /** Whether the card is one the command service keeps track of is asked off the gateway thread, as the card is. */
    void post(IReplyCallback event, Invocation invocation, String text) {
        String locale = invocation.locale();
        Function<Message, Message> record = message -> {
            try { // in flight until recorded, so that a shut-down waits for it
                responder.track(CompletableFuture.runAsync(
                        RequestId.carried(() -> commands.posted(invocation, text, message.getId())), records));
            } catch (RejectedExecutionException e) { // shutting down: the card then stays when its share stops
            }
            return message;
        };
        responder.answer(
                "post",
                () -> new Answer(commands.answer(invocation, text), commands.keepsPosts(text)),
                answer -> {
                    RestAction<InteractionHook> reply =
                            event.reply(renderer.create(answer.card(), locale)).setEphemeral(false);
                    return answer.kept()
                            ? reply.flatMap(InteractionHook::retrieveOriginal).map(record)
                            : reply;
                },
                () -> event.deferReply(false),
                answer -> {
                    RestAction<Message> edit = event.getHook().editOriginal(renderer.edit(answer.card(), locale));
                    return answer.kept() ? edit.map(record) : edit;
                });
    }

    /** The card, and whether the command service keeps track of where it is posted (a lookup's card: no). */
    private record Answer(Card card, boolean kept) {}
}
