package dev.skillbot.gitops;

import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulls as soon as another replica published a catalog commit: {@link #check} reads the announced
 * head (one indexed row) and, only when it changed since the last check, asks the poller to pull if
 * it is not this clone's head, so the clone is not opened every second.
 */
final class CatalogHeadWatcher {

    private static final Logger log = LoggerFactory.getLogger(CatalogHeadWatcher.class);

    private final CatalogHeads heads;
    private final Supplier<String> localHead;
    private final Runnable pull;
    private String lastSeen = "";

    CatalogHeadWatcher(CatalogHeads heads, Supplier<String> localHead, Runnable pull) {
        this.heads = heads;
        this.localHead = localHead;
        this.pull = pull;
    }

    synchronized void check() {
        try {
            Optional<String> announced = heads.latest();
            if (announced.isEmpty() || announced.get().equals(lastSeen)) {
                return;
            }
            lastSeen = announced.get();
            if (!lastSeen.equals(localHead.get())) {
                pull.run();
            }
        } catch (RuntimeException e) {
            log.debug("Catalog head not read: {}", e.getMessage());
        }
    }
}
