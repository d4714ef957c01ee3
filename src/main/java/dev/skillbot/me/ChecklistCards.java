package dev.skillbot.me;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.i18n.MessageKey;
import java.util.List;
import java.util.Optional;

/**
 * {@code next [role] [level] [p<n>]}: which checklist the words and the profile ask for (typed words
 * win; without a profile, role and target level must be typed), shown as a {@link ChecklistPage}.
 */
final class ChecklistCards {

    private final MeContext me;
    private final ChecklistIndex checklists;

    ChecklistCards(MeContext me, ChecklistIndex checklists) {
        this.me = me;
        this.checklists = checklists;
    }

    Card answer(List<String> words) {
        RoleLevelWords read = RoleLevelWords.read(words, me.catalog());
        Optional<String> problem = read.problem(me);
        if (problem.isPresent()) {
            return error(problem.get());
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
            if (levels.size() == 1 && role.isPresent()) {
                return error(me.t(MessageKey.CHECKLIST_LOWEST, me.levelName(levels.get(0))));
            }
            if (!me.stores().stored()) {
                return error(me.unavailable());
            }
            String why = storeDown ? me.t(MessageKey.ME_UNAVAILABLE) + "\n" : "";
            Optional<String> outdated = storeDown ? Optional.empty() : me.outdated();
            return error(why + outdated.orElseGet(() -> me.t(MessageKey.CHECKLIST_NEEDS_PROFILE)));
        }
        if (from.get().equals(to.get())) {
            return error(me.t(MessageKey.CHECKLIST_NOT_ABOVE, me.levelName(to.get()), me.levelName(from.get())));
        }
        return new ChecklistPage(me).page(checklists.get(me.catalog(), role.get(), from.get(), to.get()), read.page());
    }

    private Card error(String text) {
        return me.notice(Card.Kind.ERROR, me.t(MessageKey.ERROR_TITLE), text);
    }
}
