package dev.skillbot.me;

import dev.skillbot.card.Block;
import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Control;
import dev.skillbot.card.Diff;
import dev.skillbot.card.Section;
import dev.skillbot.catalog.Skill;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.suggestion.WordDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * One page of a promotion checklist: totals first, readiness, then {@link #PAGE_SIZE} items (domain ›
 * skill, required or optional, word diff against the lower level, the mark) with the "I do this"
 * choices of the page's cells and page buttons. Five items, one set of choices and four buttons fit
 * every Block Kit and Discord limit.
 */
final class ChecklistPage {

    static final int PAGE_SIZE = 5;

    private final MeContext me;

    ChecklistPage(MeContext me) {
        this.me = me;
    }

    /** The asker's own page, with their marks and choices. */
    Card page(PromotionChecklist checklist, int requestedPage) {
        return page(
                checklist, requestedPage, me.marksIfAvailable(), true, page -> commandText(checklist, page), List.of());
    }

    /**
     * A page of the checklist with {@code marks} (the asker's, or a sharer's read-only: no choices),
     * page buttons running {@code pageCommand}, and {@code notes} after the totals.
     */
    Card page(
            PromotionChecklist checklist,
            int requestedPage,
            Optional<Map<CellRef, SelfMark>> marks,
            boolean own,
            IntFunction<String> pageCommand,
            List<Section> notes) {
        int pages = pages(checklist);
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
        if (requestedPage > page) { // p99999: said, not read as a role or level, nor shown as if it were there
            blocks.add(Section.of("", null, me.t(MessageKey.CHECKLIST_PAST_LAST, pages)));
        }
        blocks.add(Section.of("", null, totals));
        marks.ifPresentOrElse(
                each -> blocks.add(Section.of("", null, ProfileCard.readinessLine(me, checklist.readiness(each)))),
                () -> {
                    if (me.stores().stored()) {
                        blocks.add(Section.of("", null, me.t(MessageKey.ME_MARKS_UNAVAILABLE)));
                    }
                });
        blocks.addAll(notes);
        if (checklist.items().isEmpty()) {
            blocks.add(Section.of("", null, me.t(MessageKey.CHECKLIST_EMPTY, role, from, to)));
        }
        for (PromotionChecklist.Item item : items(checklist, page)) {
            Optional<SelfMark> mark = marks.map(each -> each.get(item.cell()));
            blocks.add(new Diff(
                    heading(item, mark),
                    WordDiff.diff(item.lower().map(me::text).orElse(""), me.text(item.higher()))));
        }
        List<Control> controls = new ArrayList<>();
        if (own) {
            marks.flatMap(each ->
                            MarkChoices.page(me, shown(checklist, page, me::skillName), each, pageCommand.apply(page)))
                    .ifPresent(controls::add);
        }
        if (page > 0) {
            controls.add(button(me.t(MessageKey.CHECKLIST_PREVIOUS, page), pageCommand.apply(page - 1), false));
        }
        if (page + 1 < pages) {
            controls.add(button(me.t(MessageKey.CHECKLIST_NEXT, page + 2), pageCommand.apply(page + 1), true));
        }
        if (own) {
            controls.add(button(me.t(MessageKey.ME_TITLE), "me", false));
            controls.add(button(me.t(MessageKey.SHARE_BUTTON), "me share", false));
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

    /** The cells of one page (the last when {@code page} is past it), as their choices name them ({@code names}). */
    static List<MarkChoices.Shown> shown(PromotionChecklist checklist, int page, Function<Skill, String> names) {
        return items(checklist, Math.min(page, pages(checklist) - 1)).stream()
                .map(item -> new MarkChoices.Shown(
                        item.cell(), names.apply(item.skill()), item.higher().text()))
                .toList();
    }

    /** The canonical text of one page, which page buttons and choices carry. */
    static String commandText(PromotionChecklist checklist, int page) {
        return "next " + checklist.role().id() + " " + checklist.from().id() + ".."
                + checklist.to().id() + (page > 0 ? " p" + (page + 1) : "");
    }

    private static int pages(PromotionChecklist checklist) {
        return Math.max(1, (checklist.items().size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    private static List<PromotionChecklist.Item> items(PromotionChecklist checklist, int page) {
        List<PromotionChecklist.Item> items = checklist.items();
        return items.subList(Math.min(items.size(), page * PAGE_SIZE), Math.min(items.size(), (page + 1) * PAGE_SIZE));
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
        mark.ifPresent(each -> badges.add(
                each.matches(item.higher().text())
                        ? me.t(MessageKey.ME_MARKED)
                        : "⚠ " + me.t(MessageKey.ME_MARK_CHANGED)));
        return domain + " › " + me.skillName(item.skill()) + " — " + String.join(" · ", badges);
    }

    private static Button button(String label, String command, boolean primary) {
        return new Button(label, ProfileCards.show(command), primary ? Button.Style.PRIMARY : Button.Style.DEFAULT);
    }
}
