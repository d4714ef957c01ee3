package dev.skillbot.me;

import dev.skillbot.card.ActionId;
import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Mention;
import dev.skillbot.card.Section;
import dev.skillbot.card.TextCut;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.PageWords;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import dev.skillbot.i18n.ReaderLanguage;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The profile card with its pickers, setting the profile and its language, and forgetting it after a confirmation. */
final class ProfileCards {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*");

    private final MeContext me;
    private final ChecklistIndex checklists;

    ProfileCards(MeContext me, ChecklistIndex checklists) {
        this.me = me;
        this.checklists = checklists;
    }

    Card show() {
        return me.orUnavailable(() -> new ProfileCard(me, checklists).card(me.placement(), List.of()));
    }

    /** {@code me sre senior}: either word may be left out when the profile already has it. */
    Card set(List<String> words) {
        RoleLevelWords read = RoleLevelWords.read(words, me.catalog());
        List<Level> levels = read.levels().stream().distinct().toList();
        Optional<Card> checklist =
                levels.size() <= 1 ? read.pageWord().flatMap(page -> checklistInstead(read, page)) : Optional.empty();
        if (checklist.isPresent()) {
            return checklist.get();
        }
        Optional<String> problem = read.pageWord()
                .map(page -> me.t(MessageKey.ME_PAGE_NOT_HERE, page))
                .or(() -> read.problem(me))
                .or(() -> levels.size() > 1
                        ? Optional.of(me.t(
                                MessageKey.ME_TWO_LEVELS, me.levelName(levels.get(0)), me.levelName(levels.get(1))))
                        : Optional.empty());
        if (problem.isPresent()) {
            return me.notice(Card.Kind.ERROR, me.t(MessageKey.ERROR_TITLE), problem.get());
        }
        return me.orUnavailable(() -> {
            Optional<Profile> current = me.stores().storedProfile(me.user());
            Optional<Role> role =
                    read.role().or(() -> current.flatMap(p -> me.catalog().role(p.roleId())));
            Optional<Level> level = read.levels().stream()
                    .findFirst()
                    .or(() -> current.flatMap(p -> me.catalog().level(p.levelId())));
            if (role.isEmpty() || level.isEmpty()) {
                return me.notice(
                        Card.Kind.ERROR,
                        me.t(MessageKey.ERROR_TITLE),
                        me.outdated().orElseGet(() -> me.t(MessageKey.ME_NEEDS_ROLE_AND_LEVEL)));
            }
            // only the words given are written: a role picked on another device at the same moment stays
            me.stores()
                    .place(
                            me.user(),
                            read.role().map(Role::id),
                            read.levels().stream().findFirst().map(Level::id));
            return new ProfileCard(me, checklists)
                    .card(
                            Optional.of(new MeContext.Placement(role.get(), level.get())),
                            List.of(me.t(MessageKey.ME_SAVED, me.roleName(role.get()), me.levelName(level.get()))));
        });
    }

    /**
     * {@code me sre senior p2}: a profile is one card, so nothing is saved; the promotion checklist from that level (or
     * the profile's) up is shown at that page, or at its last, saying so, as {@code next … p99999} does. Empty when the
     * words and the profile name no role, level, or level below the top.
     */
    private Optional<Card> checklistInstead(RoleLevelWords read, String pageWord) {
        if (read.problem(me).isPresent()) {
            return Optional.empty();
        }
        Optional<MeContext.Placement> placement;
        try {
            placement = me.placement();
        } catch (MeUnavailableException e) {
            placement = Optional.empty();
        }
        Optional<MeContext.Placement> profile = placement;
        Optional<Role> role = read.role().or(() -> profile.map(MeContext.Placement::role));
        Optional<Level> from = read.levels().stream().findFirst().or(() -> profile.map(MeContext.Placement::level));
        Optional<Level> to = from.flatMap(me.catalog()::next);
        if (role.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        PromotionChecklist checklist = checklists.get(me.catalog(), role.get(), from.get(), to.get());
        String note = me.t(MessageKey.ME_PAGE_CHECKLIST, pageWord, ChecklistPage.commandText(checklist, 0));
        return Optional.of(new ChecklistPage(me)
                .page(
                        checklist,
                        PageWords.page(pageWord),
                        me.marksIfAvailable(),
                        true,
                        page -> ChecklistPage.commandText(checklist, page),
                        List.of(Section.of("", null, note))));
    }

    /**
     * {@code me lang zh-CN} sets the language cards are read in, with or without a role and level;
     * {@code me lang} alone clears it.
     */
    Card language(List<String> words) {
        if (words.size() > 1) { // "me lang zh-CN please" set zh-CN without a word of the rest
            return me.notUnderstood(MessageKey.ME_LANGUAGE_EXTRA_WORDS, words.subList(1, words.size()));
        }
        Optional<String> tag = words.stream().findFirst();
        // any tag a platform or browser would send for a supported language: zh, zh-Hans, zh_cn, en-GB
        Optional<String> supported =
                tag.filter(t -> LANGUAGE_TAG.matcher(t).matches()).flatMap(ReaderLanguage::supported);
        if (tag.isPresent() && supported.isEmpty()) {
            return me.notice(
                    Card.Kind.ERROR,
                    me.t(MessageKey.ERROR_TITLE),
                    me.t(MessageKey.ME_LANGUAGE_UNKNOWN, String.join(", ", Messages.SUPPORTED), clip(tag.get())));
        }
        return me.orUnavailable(() -> {
            me.stores().setLanguage(me.user(), supported);
            return new ProfileCard(me, checklists)
                    .card(me.placement(), List.of(me.t(MessageKey.ME_LANGUAGE, supported.orElse("–"))));
        });
    }

    Card confirmForget() {
        String text = me.t(
                !me.user().sameInEveryWorkspace()
                        ? MessageKey.ME_FORGET_TEXT
                        : me.user().platform() == Platform.SLACK
                                ? MessageKey.ME_FORGET_TEXT_EVERY_WORKSPACE
                                : MessageKey.ME_FORGET_TEXT_EVERY_SERVER);
        return new Card(
                Card.Kind.NOTICE,
                me.t(MessageKey.ME_FORGET_TITLE),
                List.of(),
                List.of(),
                List.of(Section.of("", null, text)),
                List.of(new Button(
                        me.t(MessageKey.ME_FORGET_BUTTON),
                        show("me forget " + MeCommands.CONFIRM),
                        Button.Style.PRIMARY)),
                text);
    }

    Card forget() {
        return me.orUnavailable(() -> {
            me.stores().forget(me.user());
            return me.notice(Card.Kind.NOTICE, me.t(MessageKey.ME_TITLE), me.t(MessageKey.ME_FORGOTTEN));
        });
    }

    static ActionId show(String command) {
        return ActionId.of(ActionId.Action.SHOW, command);
    }

    /** Words of the user's an answer repeats: cut, and any mention among them unsaid ({@code me <!channel>}). */
    static String clip(String word) {
        return TextCut.clip(Mention.unsaid(word), 40);
    }
}
