package dev.skillbot.me;

import dev.skillbot.card.Choices;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Skill;
import dev.skillbot.i18n.MessageKey;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes what a change of the "I do this" choices asks ({@link MarkChoices}), then names the card to
 * show again. Only cells whose chosen state differs from what the card showed are written, each as its
 * own row, so two devices end in the last write per cell and lose no other cell. A checklist page whose
 * cells or texts changed since it was drawn (a catalog reload) is not written to: the fresh page is shown.
 * The store may be down: nothing is written and the card that follows says so.
 */
final class MarkWrites {

    static final String ON = "on";
    static final String OFF = "off";

    private final UserRef user;
    private final Catalog catalog;
    private final PersonalStores stores;
    private final ChecklistIndex checklists;

    MarkWrites(UserRef user, Catalog catalog, PersonalStores stores, ChecklistIndex checklists) {
        this.user = user;
        this.catalog = catalog;
        this.stores = stores;
        this.checklists = checklists;
    }

    /**
     * {@code mark <skill> <level> <role> [~<fingerprint>] <then…> =<chosen>} (one cell; {@code on|off} before
     * {@code then} from the toggle buttons of older cards), the command of the card to show, or empty when
     * malformed. A choice drawn before its cell's text changed (its fingerprint differs) writes nothing.
     */
    Optional<String> cell(List<String> words) {
        if (words.size() < 4) {
            return Optional.empty();
        }
        CellRef cell = new CellRef(words.get(0), words.get(1), words.get(2));
        List<String> rest = words.subList(3, words.size());
        Optional<String> shown = Optional.of(rest.get(0))
                .filter(word -> word.matches(MarkChoices.SHOWN + "[0-9a-f]{8}"))
                .map(word -> word.substring(MarkChoices.SHOWN.length()));
        if (shown.isPresent()) {
            rest = rest.subList(1, rest.size());
            if (rest.isEmpty()) {
                return Optional.empty();
            }
        }
        boolean on;
        List<String> then;
        if (rest.get(0).equals(ON) || rest.get(0).equals(OFF)) {
            on = rest.get(0).equals(ON);
            then = rest.subList(1, rest.size());
        } else if (rest.get(rest.size() - 1).startsWith(Choices.CHOSEN)) {
            on = chosen(rest.get(rest.size() - 1)).contains(0);
            then = rest.subList(0, rest.size() - 1);
        } else {
            return Optional.empty();
        }
        Optional<String> text = MarkCounts.text(catalog, cell);
        boolean current = shown.isEmpty()
                || text.map(now -> MarkChoices.fingerprint(List.of(new MarkChoices.Shown(cell, "", now))))
                        .equals(shown);
        if (current) {
            write(cell, on, text);
        }
        boolean safe = !then.isEmpty() && !Words.is(then.get(0), MessageKey.WORDS_ME);
        return Optional.of(
                safe ? String.join(" ", then) : String.join(" ", cell.skillId(), cell.levelId(), cell.roleId()));
    }

    /** {@code marks <fingerprint>.<state> next <role> <from>..<to> [p<n>] =<chosen>}: one checklist page. */
    Optional<String> page(List<String> words) {
        if (words.size() < 3
                || !words.get(0).matches("[0-9a-f]{8}\\.[01]{1,10}")
                || !words.get(1).equals("next")
                || !words.get(words.size() - 1).startsWith(Choices.CHOSEN)) {
            return Optional.empty();
        }
        List<String> then = words.subList(1, words.size() - 1);
        RoleLevelWords read = RoleLevelWords.read(then.subList(1, then.size()), catalog);
        List<Level> levels = read.levels().stream()
                .sorted(Comparator.comparingInt(Level::rank))
                .toList();
        if (read.role().isEmpty()
                || levels.size() != 2
                || !read.unknown().isEmpty()
                || read.otherRole().isPresent()) {
            return Optional.of(String.join(" ", then));
        }
        PromotionChecklist checklist = checklists.get(catalog, read.role().get(), levels.get(0), levels.get(1));
        List<MarkChoices.Shown> shown = ChecklistPage.shown(checklist, read.page(), Skill::name);
        String[] state = words.get(0).split("\\.");
        if (state[0].equals(MarkChoices.fingerprint(shown)) && state[1].length() == shown.size()) {
            Set<Integer> chosen = chosen(words.get(words.size() - 1));
            for (int i = 0; i < shown.size(); i++) {
                boolean on = chosen.contains(i);
                if (on != (state[1].charAt(i) == '1')) {
                    write(shown.get(i).cell(), on, Optional.of(shown.get(i).text()));
                }
            }
        }
        return Optional.of(String.join(" ", then));
    }

    private void write(CellRef cell, boolean on, Optional<String> text) {
        try {
            if (!on) {
                stores.markStore().clear(user, cell);
            } else if (text.isPresent()) {
                stores.markStore()
                        .set(
                                user,
                                new SelfMark(
                                        cell,
                                        SelfMark.hash(text.get()),
                                        stores.clock().instant()));
            }
        } catch (MeUnavailableException e) {
            // the card that follows shows the generic parts and the note that personal ones are unavailable
        }
    }

    /** The option indexes of {@code =0,2}; anything else in it is ignored. */
    private static Set<Integer> chosen(String word) {
        return Arrays.stream(word.substring(Choices.CHOSEN.length()).split(","))
                .filter(value -> value.matches("\\d"))
                .map(Integer::valueOf)
                .collect(Collectors.toSet());
    }
}
