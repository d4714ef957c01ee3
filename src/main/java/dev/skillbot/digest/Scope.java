package dev.skillbot.digest;

import dev.skillbot.catalog.Skill;

/** What a channel's digest covers: the whole catalog, one domain, or one skill. */
public record Scope(Kind kind, String value) {

    public enum Kind {
        ALL,
        DOMAIN,
        SKILL
    }

    public static Scope all() {
        return new Scope(Kind.ALL, "");
    }

    public boolean includes(Skill skill) {
        return switch (kind) {
            case ALL -> true;
            case DOMAIN -> skill.domainId().equals(value);
            case SKILL -> skill.id().equals(value);
        };
    }

    public boolean includes(String skillId, String domainId) {
        return kind == Kind.ALL
                || (kind == Kind.DOMAIN && value.equals(domainId))
                || (kind == Kind.SKILL && value.equals(skillId));
    }
}
