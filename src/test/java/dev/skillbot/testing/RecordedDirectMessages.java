package dev.skillbot.testing;

import dev.skillbot.card.Card;
import dev.skillbot.chat.Platform;
import dev.skillbot.me.DirectMessages;
import dev.skillbot.me.UserRef;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** A platform's direct messages as the personal feature sees them: each one sent recorded, delivered or not as the test says. */
public final class RecordedDirectMessages implements DirectMessages {

    /** The user ids written to, in order. */
    public final List<String> sent = new CopyOnWriteArrayList<>();

    /** The messages sent while {@link #holding}, not answered yet: the test completes them. */
    public final List<CompletableFuture<Boolean>> held = new CopyOnWriteArrayList<>();

    private final Platform platform;
    private volatile boolean delivered = true;
    private volatile boolean holding;

    public RecordedDirectMessages(Platform platform) {
        this.platform = platform;
    }

    /** Whether the platform takes the messages sent from now on. */
    public void delivering(boolean delivered) {
        this.delivered = delivered;
    }

    /** Whether the platform's answers wait for the test ({@link #held}) from now on. */
    public void holding(boolean holding) {
        this.holding = holding;
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public String localeOf(UserRef user) {
        return "en";
    }

    @Override
    public CompletableFuture<Boolean> send(UserRef to, Card card, String locale) {
        sent.add(to.user());
        if (holding) {
            CompletableFuture<Boolean> later = new CompletableFuture<>();
            held.add(later);
            return later;
        }
        return CompletableFuture.completedFuture(delivered);
    }
}
