package dev.skillbot.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Maps one skill file's node tree into a {@link Skill}, recording every problem on the way. */
final class SkillFileReader {

    static final int MAX_TEXT = 10_000;

    private static final Set<String> KEYS = new LinkedHashSet<>(List.of(
            "id", "name", "aliases", "domain", "group", "summary", "tags", "updated", "owners", "roles", "cells"));
    private static final Set<String> REQUIRED =
            Set.of("id", "name", "domain", "group", "tags", "updated", "roles", "cells");

    /** A skill as read, with the lines its names were found on, for cross-file checks. */
    record ParsedSkill(Skill skill, Map<String, Integer> nameLines) {}

    private final Definitions definitions;
    private final CatalogLocales locales;
    private final TranslationCheck check;
    private final List<Problem> missing;

    SkillFileReader(Definitions definitions) {
        this(definitions, CatalogLocales.DEFAULT, TranslationCheck.NONE, new ArrayList<>());
    }

    /** A reader that checks locale keys against {@code locales} and adds each translation {@code check} wants but lacks to {@code missing}. */
    SkillFileReader(Definitions definitions, CatalogLocales locales, TranslationCheck check, List<Problem> missing) {
        this.definitions = definitions;
        this.locales = locales;
        this.check = check;
        this.missing = missing;
    }

    Optional<ParsedSkill> read(Node root, NodeReader reader) {
        Optional<Map<String, Node>> maybeFields = reader.fields(root, "a skill file", KEYS, REQUIRED);
        if (maybeFields.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Node> fields = maybeFields.get();
        LocalizedReader texts = new LocalizedReader(reader, locales, check, missing);
        Optional<String> id = reader.id(fields.get("id"), "skill id", NodeReader.MAX_SKILL_ID);
        Optional<Localized> name = texts.read(fields.get("name"), "name");
        List<String> aliases = optionalTexts(fields, "aliases", reader);
        Optional<String> domain = reader.id(fields.get("domain"), "domain", NodeReader.MAX_SKILL_ID);
        domain.filter(value -> definitions.domains().stream().noneMatch(d -> d.id().equals(value)))
                .ifPresent(value -> reader.error(
                        fields.get("domain"),
                        "unknown domain '" + value + "' (not in " + Definitions.DOMAINS_FILE + ")"));
        Optional<Localized> group = texts.read(fields.get("group"), "group");
        Localized summary = fields.containsKey("summary")
                ? texts.read(fields.get("summary"), "summary").orElse(noSummary())
                : noSummary();
        List<Localized> tags = texts.readAll(fields.get("tags"), "tags");
        Optional<LocalDate> updated = reader.date(fields.get("updated"), "updated");
        List<String> owners = optionalTexts(fields, "owners", reader);
        List<String> roleIds = roles(fields.get("roles"), reader);
        List<Expectation> cells =
                new CellReader(definitions.levels(), reader, texts).cells(fields.get("cells"), roleIds);

        boolean complete = id.isPresent()
                && name.isPresent()
                && domain.isPresent()
                && group.isPresent()
                && updated.isPresent()
                && !roleIds.isEmpty()
                && cells.size() == roleIds.size() * definitions.levels().size();
        if (!complete) {
            return Optional.empty();
        }
        Skill skill = new Skill(
                id.get(),
                name.get(),
                aliases,
                domain.get(),
                group.get(),
                summary,
                tags,
                updated.get(),
                owners,
                roleIds,
                cells,
                reader.file());
        return Optional.of(new ParsedSkill(skill, nameLines(fields)));
    }

    private Localized noSummary() {
        return new Localized("", locales.defaultLocale(), Map.of());
    }

    private static List<String> optionalTexts(Map<String, Node> fields, String key, NodeReader reader) {
        return fields.containsKey(key) ? reader.texts(fields.get(key), key) : List.of();
    }

    private List<String> roles(Node node, NodeReader reader) {
        List<String> roleIds = new ArrayList<>();
        for (Node item : reader.items(node, "roles")) {
            reader.id(item, "role", NodeReader.MAX_NAME_ID).ifPresent(roleId -> {
                if (definitions.roles().stream().noneMatch(role -> role.id().equals(roleId))) {
                    reader.error(item, "unknown role '" + roleId + "' (not in " + Definitions.ROLES_FILE + ")");
                } else if (roleIds.contains(roleId)) {
                    reader.error(item, "role '" + roleId + "' is listed twice");
                } else {
                    roleIds.add(roleId);
                }
            });
        }
        if (node != null && roleIds.isEmpty() && reader.items(node, "roles").isEmpty()) {
            reader.error(node, "roles must list at least one role");
        }
        return roleIds;
    }

    private static Map<String, Integer> nameLines(Map<String, Node> fields) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        lines.put("id", NodeReader.line(fields.get("id")));
        lines.put("name", NodeReader.line(fields.get("name")));
        if (fields.get("aliases") instanceof SequenceNode aliases) {
            aliases.getValue().forEach(alias -> {
                if (alias instanceof ScalarNode scalar) {
                    lines.putIfAbsent("alias:" + scalar.getValue().strip(), NodeReader.line(alias));
                }
            });
        }
        return lines;
    }
}
