package dev.skillbot.web;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogSearch;
import dev.skillbot.catalog.Expectation;
import dev.skillbot.catalog.Keys;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Skill;
import dev.skillbot.command.SearchNaming;
import dev.skillbot.command.SearchReading;
import dev.skillbot.command.SkillLinks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * The static site's search index: per skill its name and the name's language, page, place in the
 * server's order of hits, the text it is found by (the server's: {@link CatalogSearch#about}, every
 * language) and each cell's place, text and the text's language (a text the catalog has not translated
 * is the default language's), level rank and, when translated, every language's text; its summary, and the keys the chat's matcher finds it by
 * (for "This names the skill" and "Did you mean") and the words of its names; the words that ask for nothing and
 * the levels' and roles' keys ({@link SearchNaming}: the skills several words name), as JSON: what
 * {@code assets/search.js} needs to find what the server's search finds, in the same order. It is written as one
 * assignment in a script file ({@code assets/search-index.js}) because browsers refuse to fetch a
 * JSON file from a page opened from {@code file://}; {@code assets/search.js} reads it.
 */
final class SearchIndex {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SearchIndex() {}

    static String script(Catalog catalog, Labels t, ContentText content) {
        return "window.skillbotSearchIndex = " + json(catalog, t, content) + ";\n";
    }

    static String json(Catalog catalog, Labels t, ContentText content) {
        String lang = t.lang();
        // the server ranks equal scores by the skill's name (a stable sort: equal names keep the catalog's order)
        Map<Skill, Integer> order = new IdentityHashMap<>();
        catalog.skills().stream()
                .sorted(Comparator.comparing(Skill::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(skill -> order.put(skill, order.size()));
        List<Map<String, Object>> skills = new ArrayList<>();
        for (Skill skill : catalog.skills()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            ContentText.Text name = content.name(skill, lang);
            entry.put("name", name.value());
            entry.put("lang", name.lang());
            entry.put("page", SiteLinks.skillFile(skill.id()));
            entry.put("order", order.get(skill));
            entry.put("about", CatalogSearch.about(skill));
            ContentText.Text summary = content.summary(skill, lang);
            entry.put("summary", summary.value());
            entry.put("summaryLang", summary.lang());
            entry.put("keys", keys(skill));
            entry.put("suffixes", nameSuffixes(skill));
            entry.put("nameWords", SearchNaming.nameWords(skill));
            entry.put("roles", skill.roleIds());
            List<List<Object>> cells = new ArrayList<>();
            for (Expectation cell : skill.cells()) {
                Optional<Level> level = catalog.level(cell.levelId());
                String where = level.map(l -> l.name(lang)).orElse(cell.levelId()) + " · "
                        + catalog.role(cell.roleId())
                                .map(role -> role.name(lang))
                                .orElse(cell.roleId());
                ContentText.Text text = content.cell(cell, lang);
                List<Object> row = new ArrayList<>(List.of(
                        SkillLinks.cellAnchor(cell.levelId(), cell.roleId()),
                        where,
                        text.value(),
                        text.lang(),
                        level.map(Level::rank).orElse(0)));
                if (!cell.content().translations().isEmpty()) {
                    row.add(cell.content().variants().entrySet().stream()
                            .map(variant -> List.of(variant.getValue(), variant.getKey()))
                            .toList());
                }
                cells.add(row);
            }
            entry.put("cells", cells);
            skills.add(entry);
        }
        // "</" never appears raw, so the index cannot end the script element early wherever it is embedded
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("skills", skills);
        index.put("fillers", sorted(SearchNaming.fillerWords()));
        index.put("levelsAndRoles", sorted(catalog.levelAndRoleKeys()));
        index.put("levels", levelsAndRoles(catalog, true, lang));
        index.put("roles", levelsAndRoles(catalog, false, lang));
        index.put("levelOrder", catalog.levels().stream().map(Level::id).toList()); // by rank

        return JSON.writeValueAsString(index).replace("</", "<\\/");
    }

    /** Per key of a level (or role): the key, the level's id and its name in the page's language ({@link SearchReading}). */
    private static List<List<String>> levelsAndRoles(Catalog catalog, boolean levels, String lang) {
        return sorted(catalog.levelAndRoleKeys()).stream()
                .flatMap(key -> levels
                        ? catalog.levelByAlias(key).map(level -> List.of(key, level.id(), level.name(lang))).stream()
                        : catalog.roleByAlias(key).map(role -> List.of(key, role.id(), role.name(lang))).stream())
                .toList();
    }

    private static List<String> sorted(Set<String> words) {
        return words.stream().sorted().toList();
    }

    /** What the chat's matcher finds a skill by exactly, by prefix and through typos: its id, names and aliases, compacted. */
    private static List<String> keys(Skill skill) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(Keys.compact(skill.id()));
        skill.names().forEach(name -> keys.add(Keys.compact(name)));
        skill.aliases().forEach(alias -> keys.add(Keys.compact(alias)));
        keys.remove("");
        return List.copyOf(keys);
    }

    /** Each name's last words, which the matcher also finds a skill by prefix with ("engineering" for "Data Engineering"). */
    private static List<String> nameSuffixes(Skill skill) {
        List<String> suffixes = new ArrayList<>();
        skill.names().forEach(name -> {
            List<String> words = Keys.words(name);
            for (int w = 1; w < words.size(); w++) {
                suffixes.add(String.join("", words.subList(w, words.size())));
            }
        });
        return suffixes;
    }
}
