package dev.skillbot.me;

import dev.skillbot.chat.Platform;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes down the cards of stopped or forgotten shares from the channels they were posted in: right after a stop
 * (off the asker's thread) and again every sweep, so that a platform that was down, or a channel another replica
 * serves, is retried until the message is gone. A card is forgotten only once its platform said it is gone, and
 * deleting a message twice (two replicas at once) finds it gone the second time: each card goes exactly once.
 */
public final class ShareTakedowns {

    static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(ShareTakedowns.class);

    private final Shares shares;
    private final Map<Platform, PostedCards> platforms;
    private final Executor executor;
    private final AtomicBoolean queued = new AtomicBoolean();

    public ShareTakedowns(Shares shares, List<PostedCards> platforms, Executor executor) {
        this.shares = shares;
        this.platforms = platforms.stream()
                .collect(Collectors.toUnmodifiableMap(PostedCards::platform, Function.identity(), (a, b) -> a));
        this.executor = executor;
    }

    /** One sweep soon, on the executor; a sweep already waiting to start covers this call too. */
    public void soon() {
        if (!queued.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> {
                queued.set(false);
                sweep();
            });
        } catch (RejectedExecutionException e) {
            queued.set(false); // shutting down: the next start's sweeps take them down
        }
    }

    /**
     * Takes down what it can of the cards waiting, page after page, so that cards it must leave (a platform not
     * served here, a Discord server of another replica, a platform down) never hide newer ones; returns how many
     * went. Never throws.
     */
    public int sweep() {
        int down = 0;
        try {
            List<Shares.Post> page;
            long after = 0;
            Set<Platform> unreachable = EnumSet.noneOf(Platform.class);
            do {
                page = shares.toTakeDown(after, BATCH);
                for (Shares.Post post : page) {
                    after = post.id();
                    PostedCards platform = platforms.get(post.platform());
                    if (platform == null || unreachable.contains(post.platform())) {
                        continue;
                    }
                    PostedCards.Outcome outcome = platform.takeDown(post);
                    if (outcome == PostedCards.Outcome.DOWN) {
                        shares.takenDown(post.id());
                        down++;
                    } else if (outcome == PostedCards.Outcome.UNREACHABLE) {
                        unreachable.add(post.platform());
                    }
                }
            } while (page.size() == BATCH);
        } catch (MeUnavailableException e) {
            log.debug("Share cards to take down wait for the database: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Taking down share cards failed; the next sweep retries", e);
        }
        return down;
    }
}
