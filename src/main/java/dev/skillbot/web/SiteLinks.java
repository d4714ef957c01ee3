package dev.skillbot.web;

import java.util.Optional;

/**
 * Links of the static site, relative to the page that holds them, so the site works from
 * {@code file://} and from any sub-path of a host. Pages sit at the root ({@code index.html},
 * {@code search.html}) or one folder down ({@code skills/ID.html}, {@code compare/ID.FROM.TO.html});
 * ids never hold a dot, so compare file names are unambiguous.
 */
final class SiteLinks implements Links {

    private final String toRoot;

    private SiteLinks(String toRoot) {
        this.toRoot = toRoot;
    }

    static SiteLinks atRoot() {
        return new SiteLinks("");
    }

    static SiteLinks oneDown() {
        return new SiteLinks("../");
    }

    static String skillFile(String skillId) {
        return "skills/" + skillId + ".html";
    }

    static String compareFile(String skillId, String fromLevelId, String toLevelId) {
        return "compare/" + skillId + "." + fromLevelId + "." + toLevelId + ".html";
    }

    @Override
    public String home() {
        return toRoot + "index.html";
    }

    @Override
    public String skill(String skillId) {
        return toRoot + skillFile(skillId);
    }

    @Override
    public String skill(String skillId, String roleId, String firstLevelId) {
        return skill(skillId) + "#" + dev.skillbot.command.SkillLinks.cellAnchor(firstLevelId, roleId);
    }

    @Override
    public String level(String skillId, String levelId, Optional<String> roleId) {
        return skill(skillId) + "#"
                + roleId.map(role -> dev.skillbot.command.SkillLinks.cellAnchor(levelId, role))
                        .orElse("level-" + levelId);
    }

    @Override
    public String compare(String skillId, String fromLevelId, String toLevelId, Optional<String> roleId) {
        return toRoot + compareFile(skillId, fromLevelId, toLevelId) + "#compare";
    }

    @Override
    public String search() {
        return toRoot + "search.html";
    }

    @Override
    public String asset(String file) {
        return toRoot + "assets/" + file;
    }

    @Override
    public boolean dynamic() {
        return false;
    }
}
