package dev.skillbot.me;

import dev.skillbot.card.Block;
import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Control;
import dev.skillbot.card.Diff;
import dev.skillbot.card.Section;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.suggestion.WordDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code next [role] [level] [p<n>]}: the promotion checklist, totals first, then a page of
 * {@link #PAGE_SIZE} items (domain › skill, required or optional, word diff against the lower
 * level, the asker's mark) with a toggle each and page buttons. Five items, five toggles and three
 * buttons fit every Block Kit and Discord limit.
 */
final class ChecklistCards {

    static final int PAGE_SIZE = 5;

    private final MeContext me;
    private final ChecklistIndex checklists;

    ChecklistCards(MeContext me, ChecklistIndex checklists) {
        this.me = me;
        this.checklists = checklists;
    }

    Card answer(List<String> words) {
        RoleLevelWords read = RoleLevelWords.read(words, me.catalog());
        if (!read.unknown().isEmpty()) {
            String word = read.unknown().get(0);
            return error(me.t(
                    MessageKey.ME_UNKNOWN_WORD,
                    ProfileCards.clip(word),
                    String.join(", ", RoleLevelWords.closest(word, me.catalog(), me.locale()))));
        }
        boolean storeDown = false;
        Optional<MeContext.Placement> known = Optional.empty();
        try {
            known = me.placement();
        } catch (MeUnavailableException e) {
            storeDown = true;
        }
        Optional<MeContext.Placement> placement = known;
        Optional<Role> role = read.role().or(() -> placement.map(MeContext.Placement::role));
        Optional<Level> from;
        Optional<Level> to;
        List<Level> levels = read.levels().stream()
                .sorted(java.util.Comparator.comparingInt(Level::rank))
                .toList();
        if (levels.size() >= 2) {
            from = Optional.of(levels.get(0));
            to = Optional.of(levels.get(levels.size() - 1));
        } else if (levels.size() == 1) {
            to = Optional.of(levels.get(0));
            Optional<Level> own = placement
                    .map(MeContext.Placement::level)
                    .filter(level -> level.rank() < levels.get(0).rank());
            from = own.or(() -> me.catalog().previous(levels.get(0)));
        } else {
            from = placement.map(MeContext.Placement::level);
            to = from.flatMap(me.catalog()::next);
            if (from.isPresent() && to.isEmpty()) {
                return error(me.t(MessageKey.ME_TOP_LEVEL, me.levelName(from.get())));
            }
        }
        if (role.isEmpty() || from.isEmpty() || to.isEmpty()) {
            String why = storeDown ? me.t(MessageKey.ME_UNAVAILABLE) + "\n" : "";
            return levels.size() == 1 && role.isPresent()
                    ? error(me.t(MessageKey.CHECKLIST_NOT_ABOVE, me.levelName(levels.get(0)), "–"))
                    : error(why + me.t(MessageKey.CHECKLIST_NEEDS_PROFILE));
        }
        if (from.get().equals(to.get())) {
            return error(me.t(MessageKey.CHECKLIST_NOT_ABOVE, me.levelName(to.get()), me.levelName(from.get())));
        }
        return page(checklists.get(me.catalog(), role.get(), from.get(), to.get()), read.page());
    }

    Card page(PromotionChecklist checklist, int requestedPage) {
        return page(
                checklist, requestedPage, me.marksIfAvailable(), true, page -> commandText(checklist, page), List.of());
    }

    /**
     * A page of the checklist with {@code marks} (the asker's, or a sharer's read-only: no toggles),
     * page buttons running {@code pageCommand}, and {@code notes} after the totals.
     */
    Card page(
            PromotionChecklist checklist,
            int requestedPage,
            Optional<Map<CellRef, SelfMark>> marks,
            boolean toggles,
            java.util.function.IntFunction<String> pageCommand,
            List<String> notes) {
        int pages = Math.max(1, (checklist.items().size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(requestedPage, pages - 1);
        String role = me.roleName(checklist.role());
        String from = me.levelName(checklist.from());
        String to = me.levelName(checklist.to());
        String totals = me.t(
                MessageKey.CHECKLIST_TOTALS,
                from,
                to,
                role,
                checklist.items().size(),
                checklist.expectMore(),
                checklist.newlyRequired(),
                checklist.expectations());
        List<Block> blocks = new ArrayList<>();
        blocks.add(Section.of("", null, totals));
        marks.ifPresentOrElse(
                own -> blocks.add(
                        Section.of("", null, new ProfileCards(me, checklists).readinessLine(checklist.readiness(own)))),
                () -> {
                    if (me.stores().stored()) {
                        blocks.add(Section.of("", null, me.t(MessageKey.ME_MARKS_UNAVAILABLE)));
                    }
                });
        notes.forEach(note -> blocks.add(Section.of("", null, note)));
        if (checklist.items().isEmpty()) {
            blocks.add(Section.of("", null, me.t(MessageKey.CHECKLIST_EMPTY, role, from, to)));
        }
        List<Control> controls = new ArrayList<>();
        String here = pageCommand.apply(page);
        List<PromotionChecklist.Item> shown = checklist
                .items()
                .subList(page * PAGE_SIZE, Math.min(checklist.items().size(), (page + 1) * PAGE_SIZE));
        for (PromotionChecklist.Item item : shown) {
            Optional<SelfMark> mark = marks.map(own -> own.get(item.cell()));
            blocks.add(new Diff(
                    heading(item, mark),
                    WordDiff.diff(
                            item.lower().map(cell -> cell.text()).orElse(""),
                            item.higher().text())));
            if (toggles) {
                marks.flatMap(own -> Toggles.button(
                                me,
                                item.skill().name(),
                                item.cell(),
                                item.higher().text(),
                                mark,
                                here))
                        .ifPresent(controls::add);
            }
        }
        if (page > 0) {
            controls.add(new Button(
                    me.t(MessageKey.CHECKLIST_PREVIOUS, page),
                    ProfileCards.show(pageCommand.apply(page - 1)),
                    Button.Style.DEFAULT));
        }
        if (page + 1 < pages) {
            controls.add(new Button(
                    me.t(MessageKey.CHECKLIST_NEXT, page + 2),
                    ProfileCards.show(pageCommand.apply(page + 1)),
                    Button.Style.PRIMARY));
        }
        if (toggles) {
            controls.add(new Button(me.t(MessageKey.ME_TITLE), ProfileCards.show("me"), Button.Style.DEFAULT));
            controls.add(
                    new Button(me.t(MessageKey.SHARE_BUTTON), ProfileCards.show("me share"), Button.Style.DEFAULT));
        }
        String title = me.t(MessageKey.CHECKLIST_TITLE, from, to, role);
        return new Card(
                Card.Kind.CHECKLIST,
                title,
                List.of(
                        me.t(MessageKey.CHECKLIST_PAGE, page + 1, pages),
                        me.t(MessageKey.CONTEXT_REVISION, me.catalog().revision())),
                List.of(),
                blocks,
                controls,
                totals);
    }

    /** "Build &amp; Deploy › Canary Releases — Newly required · Required · ✓ you do this". */
    private String heading(PromotionChecklist.Item item, Optional<SelfMark> mark) {
        String domain = me.catalog()
                .domain(item.skill().domainId())
                .map(d -> d.name(me.locale()))
                .orElse(item.skill().domainId());
        List<String> badges = new ArrayList<>();
        badges.add(
                item.change() == PromotionChecklist.Change.NEWLY_REQUIRED
                        ? me.t(MessageKey.NEWLY_REQUIRED)
                        : me.t(MessageKey.CHECKLIST_EXPECTS_MORE));
        badges.add(me.t(item.higher().required() ? MessageKey.REQUIRED : MessageKey.OPTIONAL));
        mark.ifPresent(own -> badges.add(
                own.matches(item.higher().text())
                        ? me.t(MessageKey.ME_MARKED)
                        : "⚠ " + me.t(MessageKey.ME_MARK_CHANGED)));
        return domain + " › " + item.skill().name() + " — " + String.join(" · ", badges);
    }

    /** The canonical text of one page, which page buttons and toggles carry. */
    static String commandText(PromotionChecklist checklist, int page) {
        return "next " + checklist.role().id() + " " + checklist.from().id() + ".."
                + checklist.to().id() + (page > 0 ? " p" + (page + 1) : "");
    }

    private Card error(String text) {
        return me.notice(Card.Kind.ERROR, me.t(MessageKey.ERROR_TITLE), text);
    }
}
