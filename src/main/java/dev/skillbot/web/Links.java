package dev.skillbot.web;

import java.util.Optional;

/**
 * Where a page's links point: the running server answers {@code ?level=} and {@code ?from=&to=}
 * queries on one skill page, the static site has a file per page and only relative links.
 */
public interface Links {

    String home();

    String skill(String skillId);

    /**
     * A skill's page for one role: narrowed to it on the server; in the static site, which has no role filter, at
     * the role's cell of the lowest level ({@code firstLevelId}), where its column starts.
     */
    String skill(String skillId, String roleId, String firstLevelId);

    String level(String skillId, String levelId, Optional<String> roleId);

    String compare(String skillId, String fromLevelId, String toLevelId, Optional<String> roleId);

    /** The search page, where the search form sends its {@code q}. */
    String search();

    String asset(String file);

    /** True when the pages can ask the server for a level or a comparison (forms); false in the static site (links). */
    boolean dynamic();
}
