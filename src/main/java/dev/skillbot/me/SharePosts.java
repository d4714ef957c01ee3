package dev.skillbot.me;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records where a shared checklist was posted for its channel (the Share button), so that stopping the share later
 * takes that card down. A card of an open share of that very channel is recorded; one whose share is gone is left
 * to take down at once; any other answer posted there said only that it is not shared, and stays.
 */
final class SharePosts {

    private static final Logger log = LoggerFactory.getLogger(SharePosts.class);

    private final PersonalStores stores;
    private final ShareTakedowns takedowns;

    SharePosts(PersonalStores stores, ShareTakedowns takedowns) {
        this.stores = stores;
        this.takedowns = takedowns;
    }

    /**
     * Records the card, or when its share is gone already (stopped between the answer and this record) leaves it
     * straight to take down, and takes it down soon: the stop's own sweep may have run before the record.
     */
    void posted(UserRef poster, String channel, String shareId, String message) {
        if (!shareId.matches("\\d{1,18}") || message == null || message.isBlank() || poster.outsideWorkspaces()) {
            return; // a Discord direct message's card: only its owner ever sees it, and no server's channel can delete
            // it
        }
        try {
            long id = Long.parseLong(shareId);
            Optional<Shares.Share> share = stores.shares().find(id);
            if (share.isPresent() && !ofThisChannel(share.get(), poster, channel)) {
                return; // the card said it is not shared here
            }
            stores.shares()
                    .posted(
                            id,
                            new Shares.Post(0, poster.platform(), poster.workspace(), channel, message),
                            stores.clock().instant());
            if (share.isEmpty()) {
                takedowns.soon();
            }
        } catch (MeUnavailableException e) { // the card then stays when the share stops
            log.warn(
                    "A shared checklist's card could not be recorded; it stays when the share stops: {}",
                    e.getMessage());
        }
    }

    private static boolean ofThisChannel(Shares.Share share, UserRef poster, String channel) {
        return share.isOpen()
                && share.viewer().channel()
                && share.viewer().id().equals(channel)
                && share.owner().platform() == poster.platform()
                && share.owner().workspace().equals(poster.workspace());
    }
}
