package dev.skillbot.me;

import java.util.List;
import java.util.Optional;

/**
 * Who may open a share, and when a channel share opens. Every id the asker may not read (none such, someone
 * else's, not open yet, stopped) comes back empty alike, so that the answer tells nothing about it.
 */
final class ShareAccess {

    private final MeContext me;
    private final String channel;

    ShareAccess(MeContext me, String channel) {
        this.me = me;
        this.channel = channel;
    }

    /**
     * The share named by the first word, when the asker is its owner (on Discord from any server, as a Discord user
     * id is one person in every server: {@link UserRef#reaches}), or its viewer and it is open: that
     * person (from anywhere on the platform, such as the direct message telling them, which on Discord is
     * outside any server), or someone in that channel of the owner's workspace once the owner posted it there.
     * An id that does not exist and one the asker may not read give the same answer, so ids cannot be probed.
     */
    Optional<Shares.Share> readable(List<String> words) {
        return named(words)
                .filter(share -> me.user().reaches(share.owner()) // the owner, on Discord from any server
                        || share.isOpen()
                                && (share.viewer().id().equals(me.user().user()) // the person, also from a DM
                                        || share.owner()
                                                        .workspace()
                                                        .equals(me.user().workspace())
                                                && share.viewer().id().equals(channel)));
    }

    /**
     * The share its owner posts in its channel with the Share button (an answer for everyone there): posting
     * opens it to the channel. A card for everyone shows only a share of that channel, and only once open.
     */
    Optional<Shares.Share> posted(List<String> words) {
        Optional<Shares.Share> share = named(words)
                .filter(found -> found.viewer().id().equals(channel)
                        && found.owner().workspace().equals(me.user().workspace()));
        if (share.isEmpty()) {
            return share;
        }
        if (share.get().owner().equals(me.user()) && !share.get().isOpen()) {
            me.stores().shares().open(share.get().id(), me.stores().clock().instant());
        }
        return readable(words);
    }

    /** Whether the first word is a share's number, as {@code me shared <id>} and {@code me comment <id> …} start. */
    static boolean namesAShare(List<String> words) {
        return !words.isEmpty() && words.get(0).matches("\\d{1,18}");
    }

    private Optional<Shares.Share> named(List<String> words) {
        if (!namesAShare(words)) {
            return Optional.empty();
        }
        return me.stores()
                .shares()
                .find(Long.parseLong(words.get(0)))
                .filter(share -> share.owner().platform() == me.user().platform());
    }
}
