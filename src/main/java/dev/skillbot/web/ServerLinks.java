package dev.skillbot.web;

import dev.skillbot.command.SkillLinks;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/**
 * Links of the pages the application serves, relative to the page that holds them, so the pages
 * work behind a proxy that serves them under a path ({@code https://tools.example.com/skills/});
 * pages sit at the root ({@code /}, {@code /search}) or one folder down ({@code /skills/ID}). A
 * language asked for with {@code ?lang=} is kept on every link, so a reader who picked Chinese stays in Chinese.
 */
final class ServerLinks implements Links {

    private final String lang;
    private final String toRoot;

    private ServerLinks(String lang, String toRoot) {
        this.lang = lang;
        this.toRoot = toRoot;
    }

    /** @param lang the {@code ?lang=} the page was asked with, or null */
    static ServerLinks atRoot(String lang) {
        return new ServerLinks(lang, "./");
    }

    /** Links of a page under {@code /skills/}. */
    static ServerLinks oneDown(String lang) {
        return new ServerLinks(lang, "../");
    }

    /**
     * Links of a page answered for any address, such as an error page for {@code /skills/x//}: as many
     * steps up as the address has folders once its dot segments are resolved as a browser resolves them
     * (a browser shows {@code /a/../b/} as {@code /b/}), so they lead back to the root from wherever it sits.
     */
    static ServerLinks under(String requestUri, String lang) {
        int folders = requestUri == null ? 0 : folders(requestUri);
        return new ServerLinks(lang, folders <= 0 ? "./" : "../".repeat(Math.min(folders, 64)));
    }

    private static int folders(String requestUri) {
        String[] parts = requestUri.split("\\?", 2)[0].split("/", -1);
        Deque<String> kept = new ArrayDeque<>();
        for (int i = 1; i < parts.length; i++) {
            String segment = parts[i].toLowerCase(Locale.ROOT).replace("%2e", ".");
            boolean last = i == parts.length - 1;
            if (segment.equals("..")) {
                kept.pollLast();
            } else if (!segment.equals(".")) {
                kept.addLast(segment);
                continue;
            }
            if (last) {
                kept.addLast("");
            }
        }
        return kept.size() - 1;
    }

    @Override
    public String home() {
        return withLang(toRoot);
    }

    @Override
    public String skill(String skillId) {
        return withLang(toRoot + SkillLinks.skill(skillId));
    }

    @Override
    public String skill(String skillId, String roleId, String firstLevelId) {
        return withLang(toRoot + SkillLinks.skill(skillId, Optional.of(roleId)));
    }

    @Override
    public String level(String skillId, String levelId, Optional<String> roleId) {
        return withLang(toRoot + SkillLinks.level(skillId, levelId, roleId));
    }

    @Override
    public String compare(String skillId, String fromLevelId, String toLevelId, Optional<String> roleId) {
        return withLang(toRoot + SkillLinks.compare(skillId, fromLevelId, toLevelId, roleId));
    }

    @Override
    public String search() {
        return toRoot + "search";
    }

    @Override
    public String asset(String file) {
        return toRoot + "assets/" + file;
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
