package dev.skillbot.me;

import dev.skillbot.card.ActionId;
import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Section;
import dev.skillbot.card.TextCut;
import dev.skillbot.catalog.Skill;
import dev.skillbot.i18n.MessageKey;
import java.util.List;
import java.util.Optional;

/**
 * Sharing one's progress on purpose. {@code me share} shares with the channel it is typed in,
 * {@code me share <@U123>} with one person; either way only the viewer named in the share (the
 * channel's members, or that person) may open {@code me shared <id>}: the owner's checklist with the
 * owner's marks, read-only. The viewer comments per skill with {@code me comment <id> <skill> <text>};
 * the owner reads the comments on the profile card. Nothing else about the owner is shown to anyone.
 */
final class ShareCards {

    static final int COMMENT_MAX = 400;
    static final String SHARED_COMMAND = "me " + MeCommands.SHARED;

    private final MeContext me;
    private final String channel;
    private final ChecklistIndex checklists;
    private final ShareTold told;

    ShareCards(MeContext me, String channel, ChecklistIndex checklists, ShareTold told) {
        this.me = me;
        this.channel = channel;
        this.checklists = checklists;
        this.told = told;
    }

    Card share(List<String> words) {
        boolean person = !words.isEmpty()
                && !words.get(0).startsWith("<#")
                && !words.get(0).startsWith("<!");
        String viewer = words.isEmpty()
                ? channel
                : person ? words.get(0).replaceAll("^<@|[|>].*$", "").replaceAll("^@", "") : "";
        if (viewer.isBlank() || !viewer.matches("[A-Za-z0-9_.-]{1,64}")) {
            return me.notice(Card.Kind.ERROR, me.t(MessageKey.ERROR_TITLE), me.t(MessageKey.SHARE_USAGE));
        }
        return me.orUnavailable(() -> {
            if (me.placement().isEmpty()) {
                return me.notice(
                        Card.Kind.ERROR, me.t(MessageKey.ERROR_TITLE), me.t(MessageKey.ME_NEEDS_ROLE_AND_LEVEL));
            }
            long id = me.stores()
                    .shares()
                    .share(me.user(), viewer, me.stores().clock().instant());
            boolean inChannel = viewer.equals(channel);
            String text = inChannel
                    ? me.t(MessageKey.SHARE_DONE_CHANNEL, SHARED_COMMAND + " " + id)
                    : told.tell(me, viewer, id);
            List<dev.skillbot.card.Control> post = inChannel
                    ? List.of(new Button(
                            me.t(MessageKey.BUTTON_SHARE),
                            ActionId.of(ActionId.Action.SHARE, SHARED_COMMAND + " " + id),
                            Button.Style.PRIMARY))
                    : List.of();
            return new Card(
                    Card.Kind.NOTICE,
                    me.t(MessageKey.SHARE_BUTTON),
                    List.of(),
                    List.of(),
                    List.of(Section.of("", null, text)),
                    post,
                    text);
        });
    }

    /** {@code me shared <id> [p<n>]}: the owner's checklist with the owner's marks, for the owner and the share's viewer only. */
    Card shared(List<String> words) {
        return me.orUnavailable(() -> {
            Optional<Shares.Share> share = allowed(words);
            if (share.isEmpty()) {
                return me.notice(Card.Kind.ERROR, me.t(MessageKey.ERROR_TITLE), me.t(MessageKey.SHARE_NOT_YOURS));
            }
            UserRef owner = share.get().owner();
            MeContext theirs = new MeContext(owner, me.catalog(), me.messages(), me.stores());
            Optional<MeContext.Placement> at = theirs.placement();
            Optional<dev.skillbot.catalog.Level> next =
                    at.flatMap(place -> me.catalog().next(place.level()));
            if (at.isEmpty() || next.isEmpty()) {
                return me.notice(Card.Kind.NOTICE, me.t(MessageKey.SHARE_BUTTON), me.t(MessageKey.SHARE_NOTHING));
            }
            int page = RoleLevelWords.read(words.subList(1, words.size()), me.catalog())
                    .page();
            PromotionChecklist checklist =
                    checklists.get(me.catalog(), at.get().role(), at.get().level(), next.get());
            List<String> notes = List.of(
                    me.t(MessageKey.SHARE_HEADER, owner.user()),
                    me.t(MessageKey.SHARE_COMMENT_HOW, share.get().id()));
            return new ChecklistPage(me)
                    .page(
                            checklist,
                            page,
                            Optional.of(me.stores().marks(owner)),
                            false,
                            p -> SHARED_COMMAND + " " + share.get().id() + (p > 0 ? " p" + (p + 1) : ""),
                            notes);
        });
    }

    /** {@code me comment <id> <skill> <text…>}: by the share's viewer (or its owner), on one skill. */
    Card comment(List<String> words) {
        return me.orUnavailable(() -> {
            Optional<Shares.Share> share = allowed(words);
            Optional<Skill> skill = words.size() < 3
                    ? Optional.empty()
                    : me.catalog().matcher().match(words.get(1)).skill();
            String text = words.size() < 3
                    ? ""
                    : String.join(" ", words.subList(2, words.size())).strip();
            if (share.isEmpty()) {
                return me.notice(Card.Kind.ERROR, me.t(MessageKey.ERROR_TITLE), me.t(MessageKey.SHARE_NOT_YOURS));
            }
            if (skill.isEmpty() || text.isEmpty()) {
                return me.notice(
                        Card.Kind.ERROR,
                        me.t(MessageKey.ERROR_TITLE),
                        me.t(MessageKey.SHARE_COMMENT_HOW, share.get().id()));
            }
            String clipped = TextCut.clip(text, COMMENT_MAX);
            me.stores()
                    .shares()
                    .comment(
                            share.get().id(),
                            skill.get().id(),
                            me.user(),
                            clipped,
                            me.stores().clock().instant());
            return me.notice(
                    Card.Kind.NOTICE,
                    me.t(MessageKey.SHARE_BUTTON),
                    me.t(MessageKey.SHARE_COMMENTED, skill.get().name()));
        });
    }

    /**
     * The share named by the first word, when the asker is its owner or its viewer: that person (from
     * anywhere on the platform, such as the direct message telling them, which on Discord is outside
     * any server), or someone in that channel of the owner's workspace.
     */
    private Optional<Shares.Share> allowed(List<String> words) {
        if (words.isEmpty() || !words.get(0).matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return me.stores()
                .shares()
                .find(Long.parseLong(words.get(0)))
                .filter(share -> share.owner().platform() == me.user().platform())
                .filter(share -> share.owner().equals(me.user())
                        || share.viewer().equals(me.user().user()) // the person, also from a direct message
                        || share.owner().workspace().equals(me.user().workspace())
                                && share.viewer().equals(channel));
    }
}
