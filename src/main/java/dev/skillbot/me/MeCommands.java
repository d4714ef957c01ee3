package dev.skillbot.me;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.chat.Invocation;
import dev.skillbot.command.Command;
import dev.skillbot.command.PersonalCommands;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The personal feature's entry: {@code me} (profile card), {@code me <role> <level>}, {@code me lang},
 * {@code me mark} and {@code me marks} (from the "I do this" choices), {@code me forget}, {@code me export},
 * sharing ({@code me share}, {@code me shared}, {@code me comment}, {@code me shares}, {@code me unshare}) and {@code next …};
 * lookups are personalised by {@link PersonalLookups}. A store that cannot answer turns off the
 * personal parts only, with a one-line note.
 */
public final class MeCommands implements PersonalCommands {

    static final String MARK = "mark";
    static final String CONFIRM = "confirm";
    static final String SHARED = "shared";

    private final PersonalStores stores;
    private final ChecklistIndex checklists;
    private final PersonalLookups lookups;

    private final ShareTold told;
    private final ShareTakedowns takedowns;
    private final OthersViews others;

    public MeCommands(PersonalStores stores, ChecklistIndex checklists) {
        this(stores, checklists, List.of());
    }

    /** With {@code messages}, the direct messages of each platform that has them: a person shared with is told. */
    public MeCommands(PersonalStores stores, ChecklistIndex checklists, List<DirectMessages> messages) {
        this(stores, checklists, messages, new ShareTakedowns(stores.shares(), List.of(), Runnable::run));
    }

    /** With {@code takedowns}, which take a stopped share's posted cards down from their channels. */
    public MeCommands(
            PersonalStores stores, ChecklistIndex checklists, List<DirectMessages> messages, ShareTakedowns takedowns) {
        this(stores, checklists, messages, takedowns, List.of());
    }

    /** With {@code views}, each platform's views of a person's own data, drawn again when others change them. */
    public MeCommands(
            PersonalStores stores,
            ChecklistIndex checklists,
            List<DirectMessages> messages,
            ShareTakedowns takedowns,
            List<OwnViews> views) {
        this.others = new OthersViews(views);
        this.stores = stores;
        this.checklists = checklists;
        this.lookups = new PersonalLookups(stores);
        this.told = new ShareTold(messages);
        this.takedowns = takedowns;
    }

    @Override
    public Card handle(Command.Personal command, Invocation invocation, Catalog catalog, Messages messages) {
        MeContext me = new MeContext(UserRef.of(invocation), catalog, messages, stores);
        ChecklistCards checklist = new ChecklistCards(me, checklists);
        if (command.kind() == Command.Personal.Kind.NEXT) {
            return checklist.answer(command.words());
        }
        if (!stores.stored()) { // the command line: no profile to show, set, share, export or forget
            return me.notice(Card.Kind.ERROR, me.t(MessageKey.ERROR_TITLE), me.unavailable());
        }
        List<String> words = command.words();
        ProfileCards profile = new ProfileCards(me, checklists);
        if (words.isEmpty()) {
            return profile.show();
        }
        String first = words.get(0).toLowerCase(Locale.ROOT);
        List<String> rest = words.subList(1, words.size());
        if (first.equals(MARK) || first.equals(MarkChoices.MARKS)) {
            // the "I do this" choices send these; typed by hand, or malformed, they wrote nothing (act)
            return me.notice(Card.Kind.ERROR, me.t(MessageKey.ERROR_TITLE), me.t(MessageKey.ME_MARK_HOW));
        }
        if (Words.is(first, MessageKey.WORDS_FORGET)) {
            if (!rest.isEmpty()
                    && !rest.equals(List.of(CONFIRM))) { // "me forget gitops": there is no forgetting a part
                return me.notUnderstood(MessageKey.ME_FORGET_EXTRA_WORDS, rest);
            }
            if (rest.size() == 1) {
                List<UserRef> touched = others.touchedBy(stores, me.user());
                Card forgotten = profile.forget();
                takedowns.soon();
                touched.forEach(others::changed);
                return forgotten;
            }
            return profile.confirmForget();
        }
        if (Words.is(first, MessageKey.WORDS_EXPORT)) {
            return new ExportCard(me).build(rest);
        }
        if (Words.is(first, MessageKey.WORDS_LANGUAGE)) {
            return profile.language(rest);
        }
        ShareCards shares = new ShareCards(me, invocation.channel(), checklists, told);
        if (Words.is(first, MessageKey.WORDS_SHARE)) {
            return shares.share(rest);
        }
        if (first.equals(SHARED)) {
            return shares.shared(rest, invocation.origin() == Invocation.Origin.PUBLIC);
        }
        if (Words.is(first, MessageKey.WORDS_SHARES)) {
            return new OwnShares(me).list(rest);
        }
        if (Words.is(first, MessageKey.WORDS_UNSHARE)) {
            Card stopped = new OwnShares(me).revoke(rest);
            takedowns.soon();
            return stopped;
        }
        if (Words.is(first, MessageKey.WORDS_COMMENT)) {
            return new ShareComments(me, invocation.channel(), others::changed).comment(rest);
        }
        return profile.set(words);
    }

    @Override
    public Optional<String> act(Command.Personal command, Invocation invocation, Catalog catalog) {
        List<String> words = command.words();
        if (command.kind() != Command.Personal.Kind.ME || words.isEmpty()) {
            return Optional.empty();
        }
        MarkWrites writes = new MarkWrites(UserRef.of(invocation), catalog, stores, checklists);
        List<String> rest = words.subList(1, words.size());
        return switch (words.get(0)) {
            case MARK -> writes.cell(rest);
            case MarkChoices.MARKS -> writes.page(rest);
            default -> Optional.empty();
        };
    }

    /**
     * Every {@code me …} that writes what the asker's profile shows: its role, level and language, marks, a share
     * stopped (its comments go) and a confirmed forget. Showing, sharing and exporting change nothing there; a comment
     * changes the share owner's profile, whichever of them wrote it, and is not the asker's own change.
     */
    @Override
    public boolean changesOwnView(Command.Personal command) {
        List<String> words = command.words();
        if (command.kind() != Command.Personal.Kind.ME || words.isEmpty()) {
            return false;
        }
        String first = words.get(0).toLowerCase(Locale.ROOT);
        if (Words.is(first, MessageKey.WORDS_FORGET)) {
            return words.size() == 2 && words.get(1).equals(CONFIRM);
        }
        return !first.equals(SHARED)
                && !Words.is(first, MessageKey.WORDS_EXPORT)
                && !Words.is(first, MessageKey.WORDS_SHARE)
                && !Words.is(first, MessageKey.WORDS_SHARES)
                && !Words.is(first, MessageKey.WORDS_COMMENT);
    }

    @Override
    public void readAfresh(Invocation invocation) {
        stores.dropKept(UserRef.of(invocation));
    }

    /** A shared checklist posted in its channel: recorded, so that stopping the share takes the card down. */
    @Override
    public void posted(Command.Personal command, Invocation invocation, String message) {
        if (keepsPosts(command)) {
            new SharePosts(stores, takedowns)
                    .posted(
                            UserRef.of(invocation),
                            invocation.channel(),
                            command.words().get(1),
                            message);
        }
    }

    @Override
    public boolean keepsPosts(Command.Personal command) {
        List<String> words = command.words();
        return command.kind() == Command.Personal.Kind.ME
                && words.size() >= 2
                && words.get(0).equals(SHARED);
    }

    @Override
    public Command personalize(Command command, Invocation invocation, Catalog catalog) {
        return lookups.personalize(command, invocation, catalog);
    }

    @Override
    public Card decorate(Card card, Command command, Invocation invocation, Catalog catalog, Messages messages) {
        if (invocation.origin() == Invocation.Origin.PUBLIC) {
            return card;
        }
        return lookups.decorate(card, command, new MeContext(UserRef.of(invocation), catalog, messages, stores));
    }
}
