package dev.skillbot.command;

import java.util.Optional;

/**
 * The web addresses of what a card shows, relative to the site's root: the one place that knows
 * them, so the pages the web adapter serves and the "Open in browser" links of chat cards never
 * disagree. Catalog ids are {@code [a-z0-9-]} (the loader checks), so they need no encoding.
 */
public final class SkillLinks {

    private SkillLinks() {
    }

    public static String skill(String skillId) {
        return "skills/" + skillId;
    }

    /** One level of a skill, optionally narrowed to one role, scrolled to that level (and cell). */
    public static String level(String skillId, String levelId, Optional<String> roleId) {
        return skill(skillId) + "?level=" + levelId + roleId.map(role -> "&role=" + role).orElse("")
                + "#" + roleId.map(role -> cellAnchor(levelId, role)).orElse("level-" + levelId);
    }

    public static String compare(String skillId, String fromLevelId, String toLevelId, Optional<String> roleId) {
        return skill(skillId) + "?from=" + fromLevelId + "&to=" + toLevelId + roleId.map(role -> "&role=" + role).orElse("")
                + "#compare";
    }

    /** The stable anchor of one cell of the matrix, such as {@code senior-sre}. */
    public static String cellAnchor(String levelId, String roleId) {
        return levelId + "-" + roleId;
    }

    public static String search(String query) {
        return "search?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
    }
}
