package dev.skillbot.web;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Expectation;
import dev.skillbot.catalog.Skill;
import dev.skillbot.command.SkillLinks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The static site's search index: per skill its name and the name's language, page, the words it is
 * found by (id, name, aliases, group, summary, tags) and each cell's place, text and the text's
 * language (a text the catalog has not translated is the default language's), as JSON. It is written as one
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
        List<Map<String, Object>> skills = new ArrayList<>();
        for (Skill skill : catalog.skills()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            ContentText.Text name = content.name(skill, lang);
            entry.put("name", name.value());
            entry.put("lang", name.lang());
            entry.put("page", SiteLinks.skillFile(skill.id()));
            entry.put(
                    "about",
                    String.join(
                            " ",
                            Stream.of(
                                            List.of(
                                                    skill.id(),
                                                    content.name(skill, lang).value(),
                                                    content.group(skill, lang).value(),
                                                    content.summary(skill, lang).value()),
                                            skill.aliases(),
                                            content.tags(skill, lang).stream()
                                                    .map(ContentText.Text::value)
                                                    .toList())
                                    .flatMap(List::stream)
                                    .toList()));
            List<List<String>> cells = new ArrayList<>();
            for (Expectation cell : skill.cells()) {
                String where = catalog.level(cell.levelId())
                                .map(level -> level.name(lang))
                                .orElse(cell.levelId()) + " · "
                        + catalog.role(cell.roleId())
                                .map(role -> role.name(lang))
                                .orElse(cell.roleId());
                ContentText.Text text = content.cell(cell, lang);
                cells.add(List.of(
                        SkillLinks.cellAnchor(cell.levelId(), cell.roleId()), where, text.value(), text.lang()));
            }
            entry.put("cells", cells);
            skills.add(entry);
        }
        // "</" never appears raw, so the index cannot end the script element early wherever it is embedded
        return JSON.writeValueAsString(Map.of("skills", skills)).replace("</", "<\\/");
    }
}
