package dev.skillbot.me;

import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Control;
import dev.skillbot.card.Mention;
import dev.skillbot.card.Section;
import dev.skillbot.i18n.MessageKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The owner's side of sharing: {@code me shares} lists every share with whom it is, since when, whether a
 * channel share was posted yet and how many comments it has, with a button to stop each of the newest;
 * {@code me unshare <id>} (or {@code all}) revokes: the viewer can no longer open it and its comments go.
 * In a direct message outside every workspace (Discord's, outside every server) the owner reaches the shares
 * they made in every workspace of the platform, since their user id is the same person there.
 */
final class OwnShares {

    static final String SHARES_COMMAND = "me shares";
    static final String UNSHARE_COMMAND = "me unshare";
    /** Lines listed, and of them the newest with a Stop button (both platforms fit them in one card). */
    static final int LISTED = 25;

    static final int BUTTONS = 10;

    private final MeContext me;

    OwnShares(MeContext me) {
        this.me = me;
    }

    /** {@code me shares}: with words after it ({@code me shares 12}, {@code me shares with jay}) it lists nothing and names them. */
    Card list(List<String> words) {
        if (!words.isEmpty()) {
            return me.notUnderstood(MessageKey.SHARE_LIST_EXTRA_WORDS, words);
        }
        return me.orUnavailable(() -> {
            List<Shares.Share> shares = mine();
            if (shares.isEmpty()) {
                return me.notice(Card.Kind.NOTICE, me.t(MessageKey.SHARE_LIST_TITLE), me.t(MessageKey.SHARE_LIST_NONE));
            }
            Map<Long, Long> comments = shares.stream()
                    .map(Shares.Share::owner)
                    .distinct()
                    .flatMap(owner -> me.stores().shares().comments(owner).stream())
                    .collect(Collectors.groupingBy(Shares.Comment::shareId, Collectors.counting()));
            List<String> lines = new ArrayList<>();
            List<Mention> mentions = new ArrayList<>();
            List<Control> controls = new ArrayList<>();
            for (int i = 0; i < Math.min(LISTED, shares.size()); i++) {
                Shares.Share share = shares.get(i);
                String number = String.valueOf(i + 1);
                lines.add(line(share, number, comments.getOrDefault(share.id(), 0L)));
                mentions.add(new Mention(share.viewer().id(), share.viewer().channel()));
                if (i < BUTTONS) {
                    controls.add(new Button(
                            me.t(MessageKey.SHARE_STOP_NUMBERED, number),
                            ProfileCards.show(UNSHARE_COMMAND + " " + share.id()),
                            Button.Style.DEFAULT));
                }
            }
            if (shares.size() > LISTED) {
                lines.add(me.t(MessageKey.SHARE_LIST_MORE, shares.size() - LISTED));
            }
            String title = me.t(MessageKey.SHARE_LIST_TITLE);
            return new Card(
                    Card.Kind.NOTICE,
                    title,
                    List.of(),
                    List.of(),
                    List.of(
                            Section.mentioning("", String.join("\n", lines), mentions),
                            Section.of("", null, me.t(MessageKey.SHARE_LIST_HOW))),
                    controls,
                    title);
        });
    }

    /** {@code me unshare <id>} or {@code me unshare all}: only the owner's own shares; any other id is "no share". */
    Card revoke(List<String> words) {
        String which = words.isEmpty() ? "" : words.get(0).toLowerCase(Locale.ROOT);
        if (which.isEmpty()) {
            return me.notice(Card.Kind.ERROR, me.t(MessageKey.ERROR_TITLE), me.t(MessageKey.SHARE_USAGE));
        }
        boolean all = which.equals("all") || which.equals("全部");
        if (words.size() > 1 || !all && !which.matches("\\d+")) { // a share's id is a number: "abc" is no share
            return me.notUnderstood(MessageKey.SHARE_UNSHARE_HOW, words);
        }
        return me.orUnavailable(() -> {
            Shares shares = me.stores().shares();
            String title = me.t(MessageKey.SHARE_LIST_TITLE);
            if (all) {
                long stopped = mine().stream()
                        .filter(share -> shares.revoke(share.owner(), share.id()))
                        .count();
                return me.notice(
                        Card.Kind.NOTICE,
                        title,
                        stopped == 0
                                ? me.t(MessageKey.SHARE_LIST_NONE)
                                : me.t(MessageKey.SHARE_UNSHARED_ALL, String.valueOf(stopped)));
            }
            boolean revoked = which.matches("\\d{1,18}") && stop(Long.parseLong(which));
            return revoked
                    ? me.notice(Card.Kind.NOTICE, title, me.t(MessageKey.SHARE_UNSHARED, which))
                    : me.notice(
                            Card.Kind.ERROR,
                            me.t(MessageKey.ERROR_TITLE),
                            me.t(MessageKey.SHARE_UNSHARE_UNKNOWN, ProfileCards.clip(which)));
        });
    }

    /** The asker's shares: outside every workspace, those made in any workspace of the platform. */
    private List<Shares.Share> mine() {
        UserRef user = me.user();
        return user.outsideWorkspaces()
                ? me.stores().shares().ownedAnywhere(user.platform(), user.user())
                : me.stores().shares().ownedBy(user);
    }

    /**
     * Stops the share when the asker owns it: where a user id is one person in every workspace (Discord, a direct
     * message), one they made in any workspace of the platform, as {@link ShareAccess} opens it for them.
     */
    private boolean stop(long id) {
        Shares shares = me.stores().shares();
        UserRef user = me.user();
        if (!user.sameInEveryWorkspace()) {
            return shares.revoke(user, id);
        }
        return shares.find(id)
                .filter(share -> user.reaches(share.owner()))
                .map(share -> shares.revoke(share.owner(), id))
                .orElse(false);
    }

    private String line(Shares.Share share, String number, long comments) {
        String id = String.valueOf(share.id());
        String since = share.at().toString().substring(0, 10);
        if (share.viewer().channel() && !share.isOpen()) {
            return me.t(MessageKey.SHARE_LIST_UNPOSTED, number, id, ShareCards.PERSON);
        }
        return me.t(
                share.viewer().channel() ? MessageKey.SHARE_LIST_CHANNEL : MessageKey.SHARE_LIST_PERSON,
                number,
                id,
                ShareCards.PERSON,
                since,
                String.valueOf(comments));
    }
}
