package dev.skillbot.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The keys skills are found by prefix (ids, names, aliases and each name's last words), each key
 * once and sorted, with the positions of the skills it belongs to. Several names end with the same
 * words ("Data Engineering", "Platform Engineering"): with a key repeated once per skill, a binary
 * search for it could land on its last copy and see one skill where there were several.
 */
final class PrefixIndex {

    private final String[] keys;
    /** Key {@code k}'s skills are {@code skills[starts[k]]} up to {@code skills[starts[k + 1]]}, ascending. */
    private final int[] starts;

    private final int[] skills;

    private PrefixIndex(String[] keys, int[] starts, int[] skills) {
        this.keys = keys;
        this.starts = starts;
        this.skills = skills;
    }

    /** Entry {@code e} says that {@code keys.get(e)} leads to the skill at {@code skills[e]}; skills arrive in ascending order. */
    static PrefixIndex of(List<String> entryKeys, int[] entrySkills) {
        Entry[] entries = new Entry[entrySkills.length];
        for (int e = 0; e < entries.length; e++) {
            entries[e] = new Entry(entryKeys.get(e), entrySkills[e]);
        }
        Arrays.sort(entries); // stable: a key's skills stay in ascending order
        String[] keys = new String[entries.length];
        int[] starts = new int[entries.length + 1];
        int[] skills = new int[entries.length];
        int distinct = 0;
        for (int e = 0; e < entries.length; e++) {
            if (distinct == 0 || !entries[e].key.equals(keys[distinct - 1])) {
                keys[distinct] = entries[e].key;
                starts[distinct++] = e;
            }
            skills[e] = entries[e].skill;
        }
        starts[distinct] = entries.length;
        return new PrefixIndex(Arrays.copyOf(keys, distinct), Arrays.copyOf(starts, distinct + 1), skills);
    }

    private record Entry(String key, int skill) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry other) {
            return key.compareTo(other.key);
        }
    }

    /** Adds to {@code found}, in key order, the skills of keys starting with {@code prefix}, until it holds {@code limit}. */
    void collect(String prefix, int limit, Set<Integer> found) {
        int from = Arrays.binarySearch(keys, prefix);
        for (int k = from < 0 ? -from - 1 : from;
                k < keys.length && keys[k].startsWith(prefix) && found.size() < limit;
                k++) {
            for (int i = starts[k]; i < starts[k + 1] && found.size() < limit; i++) {
                found.add(skills[i]);
            }
        }
    }
}
