package dev.skillbot.discord;

import dev.skillbot.card.Card;
import dev.skillbot.chat.Invocation;
import dev.skillbot.command.CommandService;
import dev.skillbot.concurrent.DaemonThreads;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import dev.skillbot.observability.RequestId;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.callbacks.IMessageEditCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.requests.RestAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers an interaction with a card within Discord's 3 seconds: the card is computed off the
 * gateway thread; if it is ready before {@code deferAfter} it is sent as the response, otherwise
 * the interaction is deferred then and the card follows through the interaction hook (JDA holds
 * hook requests until the deferral is acknowledged). Every answer to an interaction goes out
 * through {@link #send}, and counts as {@link InFlight in flight} from the moment the work is
 * taken until Discord acknowledged (or refused) it; {@link #drain} waits for that at shut-down.
 */
final class CardResponder implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CardResponder.class);

    private final CommandService commands;
    private final DiscordCardRenderer renderer;
    private final Duration deferAfter;
    private final InFlight inFlight;
    private final ExecutorService workers = Executors.newFixedThreadPool(4, DaemonThreads.numbered("discord-answer-"));
    private final ScheduledExecutorService deadlines =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.numbered("discord-deadline-"));

    CardResponder(CommandService commands, DiscordCardRenderer renderer, Duration deferAfter, InFlight inFlight) {
        this.commands = commands;
        this.renderer = renderer;
        this.deferAfter = deferAfter;
        this.inFlight = inFlight;
    }

    /** Replies with a new message: ephemeral for the user alone, or visible in the channel. */
    void reply(IReplyCallback event, Invocation invocation, String text, boolean ephemeral) {
        reply(event, invocation.locale(), () -> commands.answer(invocation, text), ephemeral);
    }

    /** Replies with the card {@code work} computes off the gateway thread. */
    void reply(IReplyCallback event, String locale, Supplier<Card> work, boolean ephemeral) {
        answer(
                "reply",
                work,
                card -> event.reply(renderer.create(card, locale)).setEphemeral(ephemeral),
                () -> event.deferReply(ephemeral),
                card -> event.getHook().editOriginal(renderer.edit(card, locale)));
    }

    /** A private note from the message bundle, such as why nothing happened instead of "This interaction failed". */
    void note(IReplyCallback event, String locale, MessageKey key) {
        reply(
                event,
                locale,
                () -> DiscordCardRenderer.notice(Messages.forLocale(locale).get(key)),
                true);
    }

    /** Replaces the card the clicked component sits on. */
    void edit(IMessageEditCallback event, Invocation invocation, String text) {
        String locale = invocation.locale();
        answer(
                "edit",
                () -> commands.answer(invocation, text),
                card -> event.editMessage(renderer.edit(card, locale)),
                event::deferEdit,
                card -> event.getHook().editOriginal(renderer.edit(card, locale)));
    }

    /**
     * Runs {@code work} on a worker; sends the answer {@code respond} makes of its result if it is
     * ready before the deadline, otherwise sends {@code defer} at the deadline and the answer
     * {@code followUp} makes through the interaction hook (null when the deferral said all). The work runs under the interaction's
     * request id.
     */
    <T> void answer(
            String what,
            Supplier<T> work,
            Function<T, RestAction<?>> respond,
            Supplier<RestAction<?>> defer,
            Function<T, RestAction<?>> followUp) {
        Runnable done = inFlight.hold();
        AtomicBoolean acknowledged = new AtomicBoolean();
        ScheduledFuture<?> deadline = null;
        try {
            deadline = deadlines.schedule(
                    RequestId.carried(() -> {
                        if (acknowledged.compareAndSet(false, true)) {
                            send(defer.get(), "deferral of the " + what);
                        }
                    }),
                    deferAfter.toMillis(),
                    TimeUnit.MILLISECONDS);
            ScheduledFuture<?> scheduled = deadline;
            workers.execute(RequestId.carried(() -> {
                try {
                    T result = work.get();
                    scheduled.cancel(false);
                    if (acknowledged.compareAndSet(false, true)) {
                        send(respond.apply(result), what);
                    } else {
                        Optional.ofNullable(followUp.apply(result))
                                .ifPresent(next -> send(next, "follow-up of the " + what));
                    }
                } catch (RuntimeException e) {
                    log.error("Could not answer a Discord interaction", e);
                } finally {
                    done.run();
                }
            }));
        } catch (RejectedExecutionException e) {
            if (deadline != null) {
                deadline.cancel(false);
            }
            done.run();
            log.warn("Discord is closed: an interaction was left unanswered");
        }
    }

    /** Sends an answer to an interaction; a failure is logged as Discord not accepting the {@code what}. */
    void send(RestAction<?> action, String what) {
        send(action, failed(what));
    }

    /** Sends an answer to an interaction, which stays in flight until Discord acknowledged or refused it. */
    void send(RestAction<?> action, Consumer<Throwable> onFailure) {
        Runnable done = inFlight.hold();
        Consumer<Throwable> failure = RequestId.carried(onFailure);
        try {
            action.queue(sent -> done.run(), error -> {
                try {
                    failure.accept(error);
                } finally {
                    done.run();
                }
            });
        } catch (RuntimeException e) { // JDA takes no new requests once it is shutting down
            done.run();
            failure.accept(e);
        }
    }

    /** Work an interaction started besides its answer, such as a direct message; in flight until it completes. */
    void track(CompletableFuture<?> work) {
        Runnable done = inFlight.hold();
        work.whenComplete((result, error) -> done.run());
    }

    /** Waits, at most {@code timeout}, until every interaction taken is answered; false if some were not. */
    boolean drain(Duration timeout) throws InterruptedException {
        return inFlight.drain(timeout);
    }

    /** Work and answers still in flight. */
    int inFlight() {
        return inFlight.held();
    }

    static Consumer<Throwable> failed(String what) {
        return error -> log.warn("Discord did not accept the {}: {}", what, error.getMessage());
    }

    /** Stops the workers; call {@link #drain} first, so that nothing is cut short. */
    @Override
    public void close() {
        workers.shutdownNow();
        deadlines.shutdownNow();
    }
}
