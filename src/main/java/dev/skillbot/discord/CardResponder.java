package dev.skillbot.discord;

import dev.skillbot.card.Card;
import dev.skillbot.command.CommandService;
import dev.skillbot.command.Invocation;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.callbacks.IMessageEditCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers an interaction with a card within Discord's 3 seconds: the card is computed off the
 * gateway thread; if it is ready before {@code deferAfter} it is sent as the response, otherwise
 * the interaction is deferred then and the card follows through the interaction hook (JDA holds
 * hook requests until the deferral is acknowledged).
 */
final class CardResponder implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CardResponder.class);

    private final CommandService commands;
    private final DiscordCardRenderer renderer;
    private final Duration deferAfter;
    private final ExecutorService workers = Executors.newFixedThreadPool(4, daemon("discord-answer-"));
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(daemon("discord-deadline-"));

    CardResponder(CommandService commands, DiscordCardRenderer renderer, Duration deferAfter) {
        this.commands = commands;
        this.renderer = renderer;
        this.deferAfter = deferAfter;
    }

    /** Replies with a new message: ephemeral for the user alone, or visible in the channel. */
    void reply(IReplyCallback event, Invocation invocation, String text, boolean ephemeral) {
        reply(event, invocation.locale(), () -> commands.answer(invocation, text), ephemeral);
    }

    /** Replies with the card {@code work} computes off the gateway thread. */
    void reply(IReplyCallback event, String locale, Supplier<Card> work, boolean ephemeral) {
        answer(work,
                card -> event.reply(renderer.create(card, locale)).setEphemeral(ephemeral).queue(null, failed("reply")),
                () -> event.deferReply(ephemeral).queue(null, failed("defer a reply")),
                card -> event.getHook().editOriginal(renderer.edit(card, locale)).queue(null, failed("follow up")));
    }

    /** Replaces the card the clicked component sits on. */
    void edit(IMessageEditCallback event, Invocation invocation, String text) {
        String locale = invocation.locale();
        answer(() -> commands.answer(invocation, text),
                card -> event.editMessage(renderer.edit(card, locale)).queue(null, failed("edit")),
                () -> event.deferEdit().queue(null, failed("defer an edit")),
                card -> event.getHook().editOriginal(renderer.edit(card, locale)).queue(null, failed("follow up an edit")));
    }

    /**
     * Runs {@code work} on a worker; sends its result with {@code respond} if it is ready before
     * the deadline, otherwise runs {@code defer} at the deadline and sends the result with
     * {@code followUp} through the interaction hook.
     */
    <T> void answer(Supplier<T> work, Consumer<T> respond, Runnable defer, Consumer<T> followUp) {
        AtomicBoolean acknowledged = new AtomicBoolean();
        ScheduledFuture<?> deadline = deadlines.schedule(() -> {
            if (acknowledged.compareAndSet(false, true)) {
                defer.run();
            }
        }, deferAfter.toMillis(), TimeUnit.MILLISECONDS);
        workers.execute(() -> {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                log.error("Could not answer a Discord interaction", e);
                return;
            }
            deadline.cancel(false);
            if (acknowledged.compareAndSet(false, true)) {
                respond.accept(result);
            } else {
                followUp.accept(result);
            }
        });
    }

    static Consumer<Throwable> failed(String what) {
        return error -> log.warn("Discord did not accept the {}: {}", what, error.getMessage());
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        workers.shutdownNow();
        deadlines.shutdownNow();
    }
}
