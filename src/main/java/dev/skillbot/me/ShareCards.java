package dev.skillbot.me;

import dev.skillbot.card.ActionId;
import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Control;
import dev.skillbot.card.Mention;
import dev.skillbot.card.Section;
import dev.skillbot.command.CommandParser;
import dev.skillbot.command.PageWords;
import dev.skillbot.i18n.MessageKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sharing one's progress on purpose. {@code me share} shares with the channel it is typed in,
 * {@code me share <@U123>} with one person; either way only the viewer named in the share (the
 * channel's members, or that person) may open {@code me shared <id>}: the owner's checklist with the
 * owner's marks, read-only. The viewer comments per skill ({@link ShareComments}); the owner reads the
 * comments on the profile card. Nothing else about the owner is shown to anyone.
 */
final class ShareCards {

    static final String SHARED_COMMAND = "me " + MeCommands.SHARED;
    /** Where a message names the person: the mention beside the text goes there. */
    static final String PERSON = String.valueOf(Mention.PLACEHOLDER);

    private final MeContext me;
    private final String channel;
    private final ChecklistIndex checklists;
    private final ShareTold told;
    private final ShareAccess access;

    ShareCards(MeContext me, String channel, ChecklistIndex checklists, ShareTold told) {
        this.me = me;
        this.channel = channel;
        this.checklists = checklists;
        this.told = told;
        this.access = new ShareAccess(me, channel);
    }

    Card share(List<String> words) {
        // a mention pasted in quotes or markdown ("<@U123>", `<@U123>`) is that mention
        String named = words.isEmpty() ? "" : CommandParser.unwrapped(words.get(0));
        boolean person = !words.isEmpty() && !named.startsWith("<#") && !named.startsWith("<!");
        String viewer = words.isEmpty()
                ? channel
                // "@frank" as typed is a name Slack did not make a mention of (no such person): no one's id
                : person ? personId(named) : "";
        if (viewer.isBlank() || !viewer.matches("[A-Za-z0-9_.-]{1,64}")) {
            return me.notice(Card.Kind.ERROR, me.t(MessageKey.ERROR_TITLE), me.t(MessageKey.SHARE_USAGE));
        }
        if (words.size() > 1) { // "me share @frank and jay": nothing is shared with what was not understood
            return me.notUnderstood(MessageKey.SHARE_EXTRA_WORDS, words.subList(1, words.size()));
        }
        if (viewer.equals(me.user().user())) {
            return me.notice(Card.Kind.ERROR, me.t(MessageKey.ERROR_TITLE), me.t(MessageKey.SHARE_SELF));
        }
        return me.orUnavailable(() -> {
            if (me.placement().isEmpty()) {
                return me.notice(
                        Card.Kind.ERROR, me.t(MessageKey.ERROR_TITLE), me.t(MessageKey.ME_NEEDS_ROLE_AND_LEVEL));
            }
            boolean inChannel = viewer.equals(channel);
            long id = me.stores()
                    .shares()
                    .share(
                            me.user(),
                            new Shares.Viewer(viewer, inChannel),
                            me.stores().clock().instant());
            String text =
                    inChannel ? me.t(MessageKey.SHARE_DONE_CHANNEL, String.valueOf(id)) : told.tell(me, viewer, id);
            List<Control> controls = new ArrayList<>();
            if (inChannel) { // opens the share to the channel as it posts it (shared, below)
                controls.add(new Button(
                        me.t(MessageKey.BUTTON_SHARE),
                        ActionId.of(ActionId.Action.SHARE, SHARED_COMMAND + " " + id),
                        Button.Style.PRIMARY));
            }
            controls.add(new Button(
                    me.t(MessageKey.SHARE_STOP),
                    ProfileCards.show(OwnShares.UNSHARE_COMMAND + " " + id),
                    Button.Style.DEFAULT));
            return new Card(
                    Card.Kind.NOTICE,
                    me.t(MessageKey.SHARE_BUTTON),
                    List.of(),
                    List.of(),
                    List.of(Section.mentioning("", text, inChannel ? List.of() : List.of(Mention.user(viewer)))),
                    controls,
                    me.t(MessageKey.SHARE_BUTTON));
        });
    }

    /**
     * The user id of a mention as each platform sends it: Slack's {@code <@U123>} or {@code <@U123|name>}, Discord's
     * {@code <@123>} and the older nickname form {@code <@!123>} (still sent by some clients and bots).
     */
    static String personId(String mention) {
        return mention.replaceAll("^<@!?|[|>].*$", "");
    }

    /** {@code me shared <id> [p<n>]}: the owner's checklist with the owner's marks, for the owner and the share's viewer only. */
    Card shared(List<String> words, boolean posting) {
        if (!ShareAccess.namesAShare(words)) {
            return me.notice(Card.Kind.ERROR, me.t(MessageKey.ERROR_TITLE), me.t(MessageKey.SHARE_SHARED_HOW));
        }
        List<String> after = PageWords.joined(words.subList(1, words.size()));
        if (after.size() > 1 || after.size() == 1 && !PageWords.isPage(after.get(0))) {
            return me.notUnderstood(MessageKey.SHARE_SHARED_EXTRA_WORDS, after); // "me shared 12 gitops": no such view
        }
        return me.orUnavailable(() -> {
            Optional<Shares.Share> share = posting ? access.posted(words) : access.readable(words);
            if (share.isEmpty()) {
                return notShared();
            }
            UserRef owner = share.get().owner();
            MeContext theirs = new MeContext(owner, me.catalog(), me.messages(), me.stores());
            Optional<MeContext.Placement> at = theirs.placement();
            Optional<dev.skillbot.catalog.Level> next =
                    at.flatMap(place -> me.catalog().next(place.level()));
            if (at.isEmpty() || next.isEmpty()) {
                return me.notice(Card.Kind.NOTICE, me.t(MessageKey.SHARE_BUTTON), me.t(MessageKey.SHARE_NOTHING));
            }
            int page = after.isEmpty() ? 0 : PageWords.page(after.get(0));
            PromotionChecklist checklist =
                    checklists.get(me.catalog(), at.get().role(), at.get().level(), next.get());
            List<Section> notes = List.of(
                    Section.mentioning("", me.t(MessageKey.SHARE_HEADER, PERSON), List.of(Mention.user(owner.user()))),
                    Section.of(
                            "",
                            null,
                            me.t(
                                    MessageKey.SHARE_COMMENT_HOW,
                                    String.valueOf(share.get().id()))));
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

    /** The same answer for a share that never was, one not shared with the asker, and one revoked. */
    private Card notShared() {
        return notShared(me);
    }

    static Card notShared(MeContext me) {
        return me.notice(Card.Kind.NOTICE, me.t(MessageKey.SHARE_BUTTON), me.t(MessageKey.SHARE_NOT_YOURS));
    }
}
