package dev.skillbot.catalog;

import java.util.List;
import java.util.Optional;

/**
 * What the matcher made of a query: a skill when the query names one (exactly, by a unique
 * prefix or through a small typo), otherwise the closest skills as "did you mean" candidates.
 */
public record SkillMatch(Kind kind, Optional<Skill> skill, List<Skill> candidates) {

    public enum Kind {
        EXACT,
        PREFIX,
        TYPO,
        AMBIGUOUS,
        NONE
    }

    public SkillMatch {
        candidates = List.copyOf(candidates);
    }

    static SkillMatch found(Kind kind, Skill skill) {
        return new SkillMatch(kind, Optional.of(skill), List.of());
    }

    static SkillMatch notFound(Kind kind, List<Skill> candidates) {
        return new SkillMatch(kind, Optional.empty(), candidates);
    }

    public boolean matched() {
        return skill.isPresent();
    }
}
