package dev.skillbot.me;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Domain;
import dev.skillbot.catalog.Expectation;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.catalog.Skill;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one role must add to go from one level to another, across every skill that includes the
 * role: each skill whose cell at {@code to} is newly required or expects more than at {@code from},
 * grouped by domain (in the catalog's order) and skill. Computed once per catalog revision and pair
 * ({@link ChecklistIndex}); the word diffs are left to the page that shows an item.
 *
 * @param expectations  every cell of the role at {@code to}, the whole scope of the target level
 * @param requiredTexts the required cells among them, which readiness counts, with their texts
 */
public record PromotionChecklist(
        Role role,
        Level from,
        Level to,
        List<Item> items,
        int expectMore,
        int newlyRequired,
        int expectations,
        Map<CellRef, String> requiredTexts) {

    public enum Change {
        NEWLY_REQUIRED,
        EXPECTS_MORE
    }

    /** One skill's cell at the target level, with the cell below it (empty when the role had none there). */
    public record Item(Skill skill, Optional<Expectation> lower, Expectation higher, Change change) {

        public CellRef cell() {
            return CellRef.of(skill.id(), higher);
        }
    }

    public PromotionChecklist {
        items = List.copyOf(items);
        requiredTexts = Map.copyOf(requiredTexts);
    }

    public static PromotionChecklist of(Catalog catalog, Role role, Level from, Level to) {
        Map<String, Integer> domainOrder = new HashMap<>();
        List<Domain> domains = catalog.domains();
        for (int i = 0; i < domains.size(); i++) {
            domainOrder.put(domains.get(i).id(), i);
        }
        List<Item> items = new ArrayList<>();
        Map<CellRef, String> required = new HashMap<>();
        int expectMore = 0;
        int newlyRequired = 0;
        int expectations = 0;
        for (Skill skill : catalog.skills()) {
            Optional<Expectation> higher = skill.expectation(to, role.id());
            if (higher.isEmpty()) {
                continue;
            }
            Expectation target = higher.get();
            CellRef cell = CellRef.of(skill.id(), target);
            expectations++;
            if (target.required()) {
                required.put(cell, target.text());
            }
            Optional<Expectation> lower = skill.expectation(from, role.id());
            if (target.required() && !lower.map(Expectation::required).orElse(false)) {
                newlyRequired++;
                items.add(new Item(skill, lower, target, Change.NEWLY_REQUIRED));
            } else if (!lower.map(cellBelow -> cellBelow.text().equals(target.text()))
                    .orElse(false)) {
                expectMore++;
                items.add(new Item(skill, lower, target, Change.EXPECTS_MORE));
            }
        }
        // catalog.skills() is sorted by name, and the sort is stable: by domain, then by name
        items.sort(Comparator.comparingInt(
                item -> domainOrder.getOrDefault(item.skill().domainId(), Integer.MAX_VALUE)));
        return new PromotionChecklist(role, from, to, items, expectMore, newlyRequired, expectations, required);
    }

    /**
     * How many of the target level's required cells the marks cover, against their current text:
     * a walk over the person's marks, not over the catalog's cells.
     */
    public Readiness readiness(Map<CellRef, SelfMark> marks) {
        int done = 0;
        for (SelfMark mark : marks.values()) {
            String text = requiredTexts.get(mark.cell());
            if (text != null && mark.matches(text)) {
                done++;
            }
        }
        return new Readiness(to, done, requiredTexts.size());
    }

    /** "Lead readiness: 23 of 31 required expectations (74%)". */
    public record Readiness(Level level, int done, int of) {

        public int percent() {
            return of == 0 ? 100 : (int) Math.floor(100.0 * done / of);
        }
    }
}
