package dev.skillbot.command;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Skill;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The web addresses of what a card shows, relative to the site's root: the one place that knows
 * them, so the pages the web adapter serves and the "Open in browser" links of chat cards never
 * disagree. Catalog ids are {@code [a-z0-9-]} (the loader checks), so they need no encoding.
 */
public final class SkillLinks {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private SkillLinks() {}

    public static String skill(String skillId) {
        return "skills/" + skillId;
    }

    /** A skill's page, narrowed to one role when one is given ({@code skills/kubernetes-operations?role=platform}). */
    public static String skill(String skillId, Optional<String> roleId) {
        return skill(skillId) + roleId.map(role -> "?role=" + role).orElse("");
    }

    /** One level of a skill, optionally narrowed to one role, scrolled to that level (and cell). */
    public static String level(String skillId, String levelId, Optional<String> roleId) {
        return skill(skillId) + "?level=" + levelId
                + roleId.map(role -> "&role=" + role).orElse("") + "#"
                + roleId.map(role -> cellAnchor(levelId, role)).orElse("level-" + levelId);
    }

    public static String compare(String skillId, String fromLevelId, String toLevelId, Optional<String> roleId) {
        return skill(skillId) + "?from=" + fromLevelId + "&to=" + toLevelId
                + roleId.map(role -> "&role=" + role).orElse("") + "#compare";
    }

    /** The stable anchor of one cell of the matrix, such as {@code senior-sre}. */
    public static String cellAnchor(String levelId, String roleId) {
        return levelId + "-" + roleId;
    }

    public static String search(String query) {
        return "search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /**
     * The chat command that shows what a page shows, from the page's path and query (such as
     * {@code skills/canary-releases?level=senior&role=sre}), or empty when it is no page of these. The skill is an
     * id as written (the command parser then checks it) or what the page redirects (a name, an alias, an id in
     * another case); a level or role is read as the page reads it, by
     * any of its names in the catalog ({@code ?level=SR}, {@code ?role=SRE}), and one it does not know is dropped,
     * so the words are only ever the catalog's ids. The catalog also names the level below one given as
     * {@code ?to=} alone.
     */
    public static Optional<String> commandText(String pathAndQuery, Catalog catalog) {
        String withoutAnchor = pathAndQuery.split("#", 2)[0];
        String[] parts = withoutAnchor.split("\\?", 2);
        String path = parts[0].endsWith("/") ? parts[0].substring(0, parts[0].length() - 1) : parts[0];
        Map<String, String> query = query(parts.length > 1 ? parts[1] : "");
        if (path.isEmpty() || path.equals("skills")) { // the page of /skills is the catalog's, as its redirect says
            return Optional.of("list");
        }
        if (path.equals("search")) {
            return Optional.ofNullable(query.get("q")).filter(q -> !q.isBlank()).map(q -> "search " + q);
        }
        if (!path.startsWith("skills/")) {
            return Optional.empty();
        }
        Optional<String> skillId = skillId(path.substring("skills/".length()), catalog);
        if (skillId.isEmpty()) {
            return Optional.empty();
        }
        String skill = CommandText.skillRef(skillId.get());
        String role = value(query, "role")
                .flatMap(catalog::roleByAlias)
                .map(r -> " " + r.id())
                .orElse("");
        Optional<Level> from = value(query, "from").flatMap(catalog::levelByAlias);
        Optional<Level> to = value(query, "to").flatMap(catalog::levelByAlias);
        if (from.isPresent() && to.isPresent()) {
            return Optional.of(skill + " " + from.get().id() + ".." + to.get().id() + role);
        }
        if (from.isPresent()) { // the page compares with the next level, as "gitops senior vs" does
            return Optional.of(skill + " " + from.get().id() + " vs" + role);
        }
        if (to.isPresent()) { // the page compares with the level below; the lowest level alone shows that level
            String below =
                    catalog.previous(to.get()).map(level -> level.id() + "..").orElse("");
            return Optional.of(skill + " " + below + to.get().id() + role);
        }
        Optional<Level> level = value(query, "level").flatMap(catalog::levelByAlias);
        return Optional.of(skill + level.map(shown -> " " + shown.id()).orElse("") + role);
    }

    /**
     * The skill a page address names: an id as written, or, as the page redirects them, a skill's id in another
     * case, its name or an alias ({@code skills/GitOps%20Practices}).
     */
    private static Optional<String> skillId(String segment, Catalog catalog) {
        if (ID.matcher(segment).matches()) {
            return Optional.of(segment);
        }
        try {
            return catalog.matcher()
                    .exact(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8))
                    .map(Skill::id);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<String> value(Map<String, String> query, String name) {
        return Optional.ofNullable(query.get(name)).filter(value -> !value.isBlank());
    }

    private static Map<String, String> query(String query) {
        Map<String, String> values = new HashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                try {
                    values.putIfAbsent(
                            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException malformed) {
                    // a broken escape: the value is left out
                }
            }
        }
        return values;
    }
}
