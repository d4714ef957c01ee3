package dev.skillbot.gitops;

import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulls as soon as another replica published a catalog commit: {@link #check} reads the announced
 * head (one indexed row) and asks the poller to pull when it is not this clone's head.
 */
final class CatalogHeadWatcher {

    private static final Logger log = LoggerFactory.getLogger(CatalogHeadWatcher.class);

    private final CatalogHeads heads;
    private final Supplier<String> localHead;
    private final Runnable pull;
    private String lastAsked = "";

    CatalogHeadWatcher(CatalogHeads heads, Supplier<String> localHead, Runnable pull) {
        this.heads = heads;
        this.localHead = localHead;
        this.pull = pull;
    }

    synchronized void check() {
        try {
            Optional<String> announced = heads.latest();
            if (announced.isPresent() && !announced.get().equals(localHead.get()) && !announced.get().equals(lastAsked)) {
                lastAsked = announced.get();
                pull.run();
            }
        } catch (RuntimeException e) {
            log.debug("Catalog head not read: {}", e.getMessage());
        }
    }
}
