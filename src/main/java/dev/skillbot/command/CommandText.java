package dev.skillbot.command;

import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.catalog.Skill;
import java.util.Optional;

/** Canonical command texts, written with ids, that buttons and selects carry and the parser reads back. */
public final class CommandText {

    private CommandText() {}

    public static String overview(Skill skill) {
        return skill.id();
    }

    public static String level(Skill skill, Level level, Optional<Role> role) {
        return skill.id() + " " + level.id() + role.map(r -> " " + r.id()).orElse("");
    }

    public static String compare(Skill skill, Level from, Level to, Optional<Role> role) {
        return skill.id() + " " + from.id() + ".." + to.id()
                + role.map(r -> " " + r.id()).orElse("");
    }
}
