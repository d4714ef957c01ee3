package dev.skillbot.web;

import dev.skillbot.command.SkillLinks;
import java.util.Optional;

/**
 * Links of the pages the application serves, from the site's root; a language asked for with
 * {@code ?lang=} is kept on every link, so a reader who picked Chinese stays in Chinese.
 */
final class ServerLinks implements Links {

    private final String lang;

    /** @param lang the {@code ?lang=} the page was asked with, or null */
    ServerLinks(String lang) {
        this.lang = lang;
    }

    @Override
    public String home() {
        return withLang("/");
    }

    @Override
    public String skill(String skillId) {
        return withLang("/" + SkillLinks.skill(skillId));
    }

    @Override
    public String level(String skillId, String levelId, Optional<String> roleId) {
        return withLang("/" + SkillLinks.level(skillId, levelId, roleId));
    }

    @Override
    public String compare(String skillId, String fromLevelId, String toLevelId, Optional<String> roleId) {
        return withLang("/" + SkillLinks.compare(skillId, fromLevelId, toLevelId, roleId));
    }

    @Override
    public String search() {
        return "/search";
    }

    @Override
    public String asset(String file) {
        return "/assets/" + file;
    }

    @Override
    public boolean dynamic() {
        return true;
    }

    String lang() {
        return lang;
    }

    private String withLang(String link) {
        if (lang == null) {
            return link;
        }
        int hash = link.indexOf('#');
        String path = hash < 0 ? link : link.substring(0, hash);
        String anchor = hash < 0 ? "" : link.substring(hash);
        return path + (path.contains("?") ? "&" : "?") + "lang=" + lang + anchor;
    }
}
