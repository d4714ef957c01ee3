package dev.skillbot.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link SkillMatcher} looks skills up by: every id, name and alias key, name word suffixes
 * and trigrams, each pointing at a position in the name-sorted skill list rather than at a skill.
 * So a new catalog whose skills keep their ids, names and aliases in the same order (a reload after
 * an edit of texts, as every approved suggestion is) shares its predecessor's index: the reload
 * allocates no index, and nothing of it survives into the old generation.
 */
final class SkillKeyIndex {

    final List<Skill> keyedSkills;
    final Map<String, Integer> ids = new HashMap<>();
    final Map<String, Integer> exact = new HashMap<>();
    final String[] prefixKeys;
    final int[] prefixSkills;
    final TrigramIndex typos;

    SkillKeyIndex(List<Skill> skills) {
        this.keyedSkills = skills;
        List<String> allKeys = new ArrayList<>();
        List<Integer> allKeySkills = new ArrayList<>();
        List<PrefixEntry> prefixEntries = new ArrayList<>();
        for (int s = 0; s < skills.size(); s++) {
            Skill skill = skills.get(s);
            ids.putIfAbsent(skill.id(), s);
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
        this.typos = new TrigramIndex(
                allKeys.toArray(String[]::new),
                allKeySkills.stream().mapToInt(Integer::intValue).toArray());
    }

    private record PrefixEntry(String key, int skill) {}

    /** {@code previous}'s index when it keys {@code skills} exactly as a new one would, else a new index. */
    static SkillKeyIndex of(List<Skill> skills, SkillKeyIndex previous) {
        return previous != null && previous.keys(skills) ? previous : new SkillKeyIndex(skills);
    }

    /** Whether {@code skills} have the same ids, names and aliases at the same positions as this index's. */
    private boolean keys(List<Skill> skills) {
        if (skills.size() != keyedSkills.size()) {
            return false;
        }
        for (int i = 0; i < skills.size(); i++) {
            Skill now = skills.get(i);
            Skill then = keyedSkills.get(i);
            if (now != then
                    && !(now.id().equals(then.id())
                            && now.localizedName().equals(then.localizedName())
                            && now.aliases().equals(then.aliases()))) {
                return false;
            }
        }
        return true;
    }
}
