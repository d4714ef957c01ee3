package dev.skillbot.command;

import dev.skillbot.card.Card;
import dev.skillbot.chat.Invocation;

/** Told about every answered command, for metrics; it must be cheap and must not throw. */
@FunctionalInterface
public interface CommandObserver {

    void answered(Invocation invocation, Command command, Card card, long nanos);

    CommandObserver NONE = (invocation, command, card, nanos) -> {};
}
