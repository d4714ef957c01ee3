package dev.skillbot.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

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
    final PrefixIndex prefixes;
    final TrigramIndex typos;

    SkillKeyIndex(List<Skill> skills) {
        this.keyedSkills = skills;
        List<String> allKeys = new ArrayList<>();
        IntStream.Builder allKeySkills = IntStream.builder();
        List<String> prefixKeys = new ArrayList<>();
        IntStream.Builder prefixSkills = IntStream.builder();
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
                prefixKeys.add(key);
                prefixSkills.add(s);
            }
            int skillIndex = s;
            skill.names().forEach(name -> {
                List<String> words = Keys.words(name);
                for (int w = 1; w < words.size(); w++) {
                    prefixKeys.add(String.join("", words.subList(w, words.size())));
                    prefixSkills.add(skillIndex);
                }
            });
        }
        this.prefixes = PrefixIndex.of(prefixKeys, prefixSkills.build().toArray());
        this.typos = new TrigramIndex(
                allKeys.toArray(String[]::new), allKeySkills.build().toArray());
    }

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
