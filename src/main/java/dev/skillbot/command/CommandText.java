package dev.skillbot.command;

import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.catalog.Skill;
import java.util.Optional;

/** Canonical command texts, written with ids, that buttons and selects carry and the parser reads back. */
public final class CommandText {

    private CommandText() {}

    public static String overview(Skill skill) {
        return skillRef(skill);
    }

    /** The overview narrowed to one role, as {@code gitops sre} shows it. */
    public static String overview(Skill skill, Optional<Role> role) {
        return skillRef(skill) + role.map(r -> " " + r.id()).orElse("");
    }

    public static String level(Skill skill, Level level, Optional<Role> role) {
        return skillRef(skill) + " " + level.id() + role.map(r -> " " + r.id()).orElse("");
    }

    public static String compare(Skill skill, Level from, Level to, Optional<Role> role) {
        return skillRef(skill) + " " + from.id() + ".." + to.id()
                + role.map(r -> " " + r.id()).orElse("");
    }

    /** The open suggestions for the skill. */
    static String proposals(Skill skill) {
        return "proposals " + skill.id();
    }

    private static String skillRef(Skill skill) {
        return skillRef(skill.id());
    }

    /** A skill's id as a command's first word, marked when the parser would otherwise read it as a command word. */
    static String skillRef(String skillId) {
        return CommandParser.isCommandWord(skillId) ? CommandParser.SKILL_MARK + skillId : skillId;
    }

    /**
     * What someone chose or typed in a field that can only hold a skill (an id or a name, as Discord's
     * {@code skill} option), as a command's first words: marked when its first word is a command word.
     */
    public static String skillFirst(String skill) {
        String words = skill.strip();
        return CommandParser.isCommandWord(CommandParser.SPACES.split(words, 2)[0])
                ? CommandParser.SKILL_MARK + words
                : words;
    }
}
