package dev.skillbot.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds skills by id, name or alias: exactly, by prefix (of the name or of any of its words),
 * and through typos (the {@link TrigramIndex} keeps typo lookups fast on large catalogs).
 */
public final class SkillMatcher {

    /**
     * The most typed words a skill's id, name or alias is looked for in (a lookup's runs of words, the skill of a
     * comment): enough for any name, and a bound on the runs tried for a long text of many short words (at most 500
     * characters), which would otherwise be tried by every run of its words.
     */
    public static final int LONGEST_NAME_WORDS = 8;

    /** Edit distances are computed exactly up to this many edits past what a match allows, enough to rank suggestions. */
    private static final int RANKED_BEYOND_ALLOWED = 2;

    /**
     * The share of the query's trigrams (and the fewest) a key further off than that must share with it to be
     * offered: a query of several words ({@code gitopz kubernets}) is far from every single name, yet holds the names
     * it resembles, while a trigram or two in common ("alert1", "rollbacksenior") is no resemblance.
     */
    private static final int SHARED_SHARE = 4;

    private static final int FEWEST_SHARED = 3;

    private final List<Skill> skills;
    private final SkillKeyIndex index;

    SkillMatcher(List<Skill> skills) {
        this(skills, new SkillKeyIndex(skills));
    }

    /** Finds {@code skills} through an index built for them, or for skills with the same keys at the same positions. */
    SkillMatcher(List<Skill> skills, SkillKeyIndex index) {
        this.skills = skills;
        this.index = index;
    }

    /** Whether both matchers look up through the same index, as a reload that kept every key does. */
    boolean sharesIndexWith(SkillMatcher other) {
        return index == other.index;
    }

    /** The skill a query names, or the closest candidates when it names none. */
    public SkillMatch match(String query) {
        String key = Keys.compact(query);
        if (key.isEmpty()) {
            return SkillMatch.notFound(SkillMatch.Kind.NONE, List.of());
        }
        Integer exactSkill = index.exact.get(key);
        if (exactSkill != null) {
            return SkillMatch.found(SkillMatch.Kind.EXACT, skills.get(exactSkill));
        }
        List<Skill> byPrefix = prefixMatches(key, 10);
        if (byPrefix.size() == 1) {
            return SkillMatch.found(SkillMatch.Kind.PREFIX, byPrefix.get(0));
        }
        long[] trigrams = TrigramIndex.distinctTrigrams(key);
        List<TrigramIndex.Scored> close = typoCandidates(key, trigrams);
        if (byPrefix.isEmpty() && !close.isEmpty()) {
            TrigramIndex.Scored best = close.get(0);
            boolean acceptable = best.cost() <= allowedTypos(key.length());
            boolean unique = close.size() == 1 || close.get(1).cost() > best.cost();
            if (acceptable && unique) {
                return SkillMatch.found(SkillMatch.Kind.TYPO, skills.get(best.skill()));
            }
        }
        Set<Skill> candidates = new LinkedHashSet<>(byPrefix);
        // a key that shares a trigram or two and is further off than the edits counted is no typo of the query
        // ("alert1" was offered Mobile Release Engineering)
        int shared = Math.max(FEWEST_SHARED, ceilDiv(trigrams.length, SHARED_SHARE));
        close.stream()
                .filter(scored -> scored.cost() <= allowedTypos(key.length()) + RANKED_BEYOND_ALLOWED
                        || scored.shared() >= shared)
                .limit(5)
                .forEach(scored -> candidates.add(skills.get(scored.skill())));
        SkillMatch.Kind kind = byPrefix.size() > 1 ? SkillMatch.Kind.AMBIGUOUS : SkillMatch.Kind.NONE;
        return SkillMatch.notFound(kind, candidates.stream().limit(5).toList());
    }

    /** The skill whose id, name or alias is exactly the query, ignoring case and punctuation. */
    public Optional<Skill> exact(String query) {
        Integer position = index.exact.get(Keys.compact(query));
        return position == null ? Optional.empty() : Optional.of(skills.get(position));
    }

    /** Up to {@code limit} skills ranked for a partly typed query: exact, then prefix, then closest. */
    public List<Skill> suggest(String query, int limit) {
        String key = Keys.compact(query);
        if (key.isEmpty()) {
            return skills.stream().limit(limit).toList();
        }
        Set<Skill> ranked = new LinkedHashSet<>();
        Integer exactSkill = index.exact.get(key);
        if (exactSkill != null) {
            ranked.add(skills.get(exactSkill));
        }
        ranked.addAll(prefixMatches(key, limit));
        for (TrigramIndex.Scored scored : typoCandidates(key, TrigramIndex.distinctTrigrams(key))) {
            if (ranked.size() >= limit) {
                break;
            }
            ranked.add(skills.get(scored.skill()));
        }
        return ranked.stream().limit(limit).toList();
    }

    private List<TrigramIndex.Scored> typoCandidates(String key, long[] trigrams) {
        return index.typos.closest(key, trigrams, allowedTypos(key.length()) + RANKED_BEYOND_ALLOWED);
    }

    private static int ceilDiv(int x, int y) {
        return (x + y - 1) / y;
    }

    private static int allowedTypos(int length) {
        return length <= 4 ? 1 : length <= 9 ? 2 : 3;
    }

    private List<Skill> prefixMatches(String key, int limit) {
        if (key.length() < 2) {
            return List.of();
        }
        Set<Integer> found = new LinkedHashSet<>();
        index.prefixes.collect(key, limit, found);
        return found.stream().sorted().map(skills::get).toList();
    }
}
