package dev.skillbot.me;

import dev.skillbot.card.Card;
import dev.skillbot.card.Mention;
import dev.skillbot.card.TextCut;
import dev.skillbot.i18n.MessageKey;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** {@code me comment <id> <skill> <text…>}: by a share's viewer (or its owner), on one skill of the shared checklist. */
final class ShareComments {

    static final int COMMENT_MAX = 400;
    /** How much of the comment the answer quotes back, so that the asker sees where the skill's name ended. */
    private static final int QUOTED = 80;

    private final MeContext me;
    private final ShareAccess access;
    private final Consumer<UserRef> ownerChanged;

    /** {@code ownerChanged} is told of a share's owner whose profile a comment changed. */
    ShareComments(MeContext me, String channel, Consumer<UserRef> ownerChanged) {
        this.me = me;
        this.access = new ShareAccess(me, channel);
        this.ownerChanged = ownerChanged;
    }

    Card comment(List<String> words) {
        if (!ShareAccess.namesAShare(words)) {
            return me.notice(Card.Kind.ERROR, me.t(MessageKey.ERROR_TITLE), me.t(MessageKey.SHARE_COMMENT_HOW, "<id>"));
        }
        return me.orUnavailable(() -> {
            Optional<Shares.Share> share = access.readable(words);
            if (share.isEmpty()) {
                return ShareCards.notShared(me);
            }
            CommentWords read = CommentWords.read(words.subList(1, words.size()), me.catalog());
            if (read.skill().isEmpty() || read.text().isEmpty()) {
                return me.notice(
                        Card.Kind.ERROR,
                        me.t(MessageKey.ERROR_TITLE),
                        me.t(
                                MessageKey.SHARE_COMMENT_HOW,
                                String.valueOf(share.get().id())));
            }
            String clipped = TextCut.clip(Mention.literal(read.text()), COMMENT_MAX);
            Shares.Commented saved = CommentTurns.save(
                    me.stores(), share.get(), read.skill().get().id(), me.user(), clipped);
            if (saved == Shares.Commented.OVER_LIMIT) {
                return me.notice(
                        Card.Kind.ERROR,
                        me.t(MessageKey.ERROR_TITLE),
                        me.t(MessageKey.SHARE_COMMENT_LIMIT, CommentTurns.PER_HOUR));
            }
            if (saved == Shares.Commented.GONE) { // revoked since it was read
                return ShareCards.notShared(me);
            }
            ownerChanged.accept(share.get().owner()); // their profile lists the latest comments
            return me.notice(
                    Card.Kind.NOTICE,
                    me.t(MessageKey.SHARE_BUTTON),
                    me.t(MessageKey.SHARE_COMMENTED, me.skillName(read.skill().get()), TextCut.clip(clipped, QUOTED)));
        });
    }
}
