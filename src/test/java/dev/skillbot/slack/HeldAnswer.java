package dev.skillbot.slack;

import dev.skillbot.card.Card;
import dev.skillbot.chat.Invocation;
import dev.skillbot.command.Command;
import dev.skillbot.command.CommandObserver;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A command observer that, once armed, holds the next command answered on the thread answering it
 * (for Slack HTTP, the request's thread, before the ack) until the test releases it.
 */
final class HeldAnswer implements CommandObserver {

    private final AtomicBoolean armed = new AtomicBoolean();
    private final CountDownLatch holding = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    void holdNext() {
        armed.set(true);
    }

    boolean holding() {
        return holding.getCount() == 0;
    }

    void release() {
        released.countDown();
    }

    @Override
    public void answered(Invocation invocation, Command command, Card card, long nanos) {
        if (!armed.compareAndSet(true, false)) {
            return;
        }
        holding.countDown();
        try {
            if (!released.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the answer");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
