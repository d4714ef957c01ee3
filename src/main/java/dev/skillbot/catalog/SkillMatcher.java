package dev.skillbot.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds skills by id, name or alias: exactly, by prefix (of the name or of any of its words),
 * and through typos, using a trigram index so that typo lookups stay fast on large catalogs.
 */
public final class SkillMatcher {

    private static final int TYPO_CANDIDATES = 64;
    /** Edit distances are computed exactly up to this many edits past what a match allows, enough to rank suggestions. */
    private static final int RANKED_BEYOND_ALLOWED = 2;

    private final List<Skill> skills;
    private final Map<String, Integer> exact = new HashMap<>();
    private final String[] prefixKeys;
    private final int[] prefixSkills;
    private final String[] keys;
    private final int[] keySkills;
    private final Map<String, int[]> trigrams;
    private final ThreadLocal<Scratch> scratch;

    SkillMatcher(List<Skill> skills) {
        this.skills = skills;
        List<String> allKeys = new ArrayList<>();
        List<Integer> allKeySkills = new ArrayList<>();
        List<PrefixEntry> prefixEntries = new ArrayList<>();
        for (int s = 0; s < skills.size(); s++) {
            Skill skill = skills.get(s);
            Set<String> skillKeys = new LinkedHashSet<>();
            skillKeys.add(Keys.compact(skill.id()));
            skill.names().forEach(name -> skillKeys.add(Keys.compact(name)));
            skill.aliases().forEach(alias -> skillKeys.add(Keys.compact(alias)));
            skillKeys.remove("");
            for (String key : skillKeys) {
                exact.putIfAbsent(key, s);
                allKeys.add(key);
                allKeySkills.add(s);
                prefixEntries.add(new PrefixEntry(key, s));
            }
            int skillIndex = s;
            skill.names().forEach(name -> {
                List<String> words = Keys.words(name);
                for (int w = 1; w < words.size(); w++) {
                    prefixEntries.add(new PrefixEntry(String.join("", words.subList(w, words.size())), skillIndex));
                }
            });
        }
        prefixEntries.sort((a, b) -> a.key().compareTo(b.key()));
        this.prefixKeys = prefixEntries.stream().map(PrefixEntry::key).toArray(String[]::new);
        this.prefixSkills = prefixEntries.stream().mapToInt(PrefixEntry::skill).toArray();
        this.keys = allKeys.toArray(String[]::new);
        this.keySkills = allKeySkills.stream().mapToInt(Integer::intValue).toArray();
        this.trigrams = buildTrigramIndex(keys);
        int keyCount = keys.length;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(keyCount));
    }

    /**
     * Posting lists as plain int arrays: a large catalog has millions of entries, too many to box.
     * While building, slot 0 of each list holds its length.
     */
    static Map<String, int[]> buildTrigramIndex(String[] keys) {
        Map<String, int[]> postings = new HashMap<>();
        for (int k = 0; k < keys.length; k++) {
            for (String gram : trigramsOf(keys[k])) {
                int[] list = postings.get(gram);
                if (list == null) {
                    list = new int[4];
                    postings.put(gram, list);
                } else if (list[list[0]] == k) {
                    continue; // the key has this trigram twice
                } else if (list[0] + 1 == list.length) {
                    list = Arrays.copyOf(list, list.length * 2);
                    postings.put(gram, list);
                }
                list[++list[0]] = k;
            }
        }
        postings.replaceAll((gram, list) -> Arrays.copyOfRange(list, 1, list[0] + 1));
        return postings;
    }

    static List<String> trigramsOf(String key) {
        String padded = "^" + key + "$";
        List<String> grams = new ArrayList<>(padded.length());
        for (int i = 0; i + 3 <= padded.length(); i++) {
            grams.add(padded.substring(i, i + 3));
        }
        if (padded.length() < 3) {
            grams.add(padded);
        }
        return grams;
    }

    private record PrefixEntry(String key, int skill) {}

    /** The skill a query names, or the closest candidates when it names none. */
    public SkillMatch match(String query) {
        String key = Keys.compact(query);
        if (key.isEmpty()) {
            return SkillMatch.notFound(SkillMatch.Kind.NONE, List.of());
        }
        Integer exactSkill = exact.get(key);
        if (exactSkill != null) {
            return SkillMatch.found(SkillMatch.Kind.EXACT, skills.get(exactSkill));
        }
        List<Skill> byPrefix = prefixMatches(key, 10);
        if (byPrefix.size() == 1) {
            return SkillMatch.found(SkillMatch.Kind.PREFIX, byPrefix.get(0));
        }
        List<Scored> close = typoCandidates(key);
        if (byPrefix.isEmpty() && !close.isEmpty()) {
            Scored best = close.get(0);
            boolean acceptable = best.cost <= allowedTypos(key.length());
            boolean unique = close.size() == 1 || close.get(1).cost > best.cost;
            if (acceptable && unique) {
                return SkillMatch.found(SkillMatch.Kind.TYPO, skills.get(best.skill));
            }
        }
        Set<Skill> candidates = new LinkedHashSet<>(byPrefix);
        close.stream().limit(5).forEach(scored -> candidates.add(skills.get(scored.skill)));
        SkillMatch.Kind kind = byPrefix.size() > 1 ? SkillMatch.Kind.AMBIGUOUS : SkillMatch.Kind.NONE;
        return SkillMatch.notFound(kind, candidates.stream().limit(5).toList());
    }

    /** The skill whose id, name or alias is exactly the query, ignoring case and punctuation. */
    public java.util.Optional<Skill> exact(String query) {
        Integer index = exact.get(Keys.compact(query));
        return index == null ? java.util.Optional.empty() : java.util.Optional.of(skills.get(index));
    }

    /** Up to {@code limit} skills ranked for a partly typed query: exact, then prefix, then closest. */
    public List<Skill> suggest(String query, int limit) {
        String key = Keys.compact(query);
        if (key.isEmpty()) {
            return skills.stream().limit(limit).toList();
        }
        Set<Skill> ranked = new LinkedHashSet<>();
        Integer exactSkill = exact.get(key);
        if (exactSkill != null) {
            ranked.add(skills.get(exactSkill));
        }
        ranked.addAll(prefixMatches(key, limit));
        for (Scored scored : typoCandidates(key)) {
            if (ranked.size() >= limit) {
                break;
            }
            ranked.add(skills.get(scored.skill));
        }
        return ranked.stream().limit(limit).toList();
    }

    private static int allowedTypos(int length) {
        return length <= 4 ? 1 : length <= 9 ? 2 : 3;
    }

    private List<Skill> prefixMatches(String key, int limit) {
        if (key.length() < 2) {
            return List.of();
        }
        int from = Arrays.binarySearch(prefixKeys, key);
        if (from < 0) {
            from = -from - 1;
        }
        Set<Integer> found = new LinkedHashSet<>();
        for (int i = from; i < prefixKeys.length && prefixKeys[i].startsWith(key) && found.size() < limit; i++) {
            found.add(prefixSkills[i]);
        }
        return found.stream().sorted().map(skills::get).toList();
    }

    /** A candidate's cost in edits (capped), and how many trigrams it shares with the query. */
    private record Scored(int skill, double cost, int shared) {}

    /** Fewest edits first; among equally distant (or equally far-off) keys, the most shared trigrams. */
    private static final Comparator<Scored> BY_RANK = Comparator.comparingDouble(Scored::cost)
            .thenComparing(Comparator.comparingInt(Scored::shared).reversed())
            .thenComparingInt(Scored::skill);

    /** Skills ranked by edit distance among the keys sharing the most trigrams with the query. */
    private List<Scored> typoCandidates(String key) {
        Scratch scratch = this.scratch.get();
        int[] shared = scratch.shared;
        int[] hits = scratch.hits;
        int hitCount = 0;
        int maxShared = 0;
        for (String gram : new LinkedHashSet<>(trigramsOf(key))) {
            int[] posting = trigrams.get(gram);
            if (posting == null) {
                continue;
            }
            for (int k : posting) {
                if (shared[k]++ == 0) {
                    hits[hitCount++] = k;
                }
                maxShared = Math.max(maxShared, shared[k]);
            }
        }
        int[] top = topByShared(hits, hitCount, shared, maxShared, TYPO_CANDIDATES);
        int limit = allowedTypos(key.length()) + RANKED_BEYOND_ALLOWED;
        Map<Integer, Scored> bestPerSkill = new HashMap<>();
        for (int k : top) {
            int distances = scratch.editDistance.distances(key, keys[k], limit);
            double cost = Math.min(EditDistance.whole(distances), EditDistance.prefix(distances) + 0.5);
            Scored candidate = new Scored(keySkills[k], cost, shared[k]);
            bestPerSkill.merge(candidate.skill, candidate, (a, b) -> BY_RANK.compare(a, b) <= 0 ? a : b);
        }
        for (int i = 0; i < hitCount; i++) {
            shared[hits[i]] = 0;
        }
        List<Scored> scored = new ArrayList<>(bestPerSkill.values());
        scored.sort(BY_RANK);
        return scored;
    }

    /** The keys sharing the most trigrams, found by counting how many keys share each count. */
    private static int[] topByShared(int[] hits, int hitCount, int[] shared, int maxShared, int limit) {
        if (hitCount <= limit) {
            return Arrays.copyOf(hits, hitCount);
        }
        int[] keysWithCount = new int[maxShared + 1];
        for (int i = 0; i < hitCount; i++) {
            keysWithCount[shared[hits[i]]]++;
        }
        int threshold = maxShared;
        int taken = keysWithCount[maxShared];
        while (threshold > 1 && taken + keysWithCount[threshold - 1] <= limit) {
            threshold--;
            taken += keysWithCount[threshold];
        }
        int[] top = new int[limit];
        int filled = 0;
        for (int i = 0; i < hitCount && filled < limit; i++) {
            if (shared[hits[i]] >= threshold) {
                top[filled++] = hits[i];
            }
        }
        for (int i = 0; i < hitCount && filled < limit; i++) {
            if (shared[hits[i]] == threshold - 1) {
                top[filled++] = hits[i];
            }
        }
        return Arrays.copyOf(top, filled);
    }

    /** Per-thread counters sized to the key count, so a lookup allocates nothing proportional to the catalog. */
    private static final class Scratch {
        final int[] shared;
        final int[] hits;
        final EditDistance editDistance = new EditDistance();

        Scratch(int keys) {
            shared = new int[keys];
            hits = new int[keys];
        }
    }
}
