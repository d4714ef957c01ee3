package dev.skillbot.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.yaml.snakeyaml.nodes.Node;

/** The levels, roles and domains that skill files refer to, read from their shared files. */
record Definitions(List<Level> levels, List<Role> roles, List<Domain> domains) {

    static final String LEVELS_FILE = "levels.yml";
    static final String ROLES_FILE = "roles.yml";
    static final String DOMAINS_FILE = "domains.yml";

    /** The definitions in the levels, roles and domains files, in that order, with their problems reported. */
    static Definitions read(List<SourceFile> sources, List<Problem> problems) {
        return new Definitions(
                readDefinition(sources.get(0), Definitions::readLevels, problems),
                readDefinition(sources.get(1), Definitions::readRoles, problems),
                readDefinition(sources.get(2), Definitions::readDomains, problems));
    }

    private static <T> List<T> readDefinition(
            SourceFile source, BiFunction<Node, NodeReader, List<T>> read, List<Problem> problems) {
        if (!source.readable()) {
            return List.of();
        }
        NodeReader reader = new NodeReader(source.name(), problems);
        return ParsedFile.tree(source, reader)
                .map(root -> read.apply(root, reader))
                .orElse(List.of());
    }

    static List<Level> readLevels(Node root, NodeReader reader) {
        List<Level> levels = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node item : listUnder(root, "levels", reader)) {
            reader.fields(item, "a level", Set.of("id", "aliases", "labels"), Set.of("id", "labels"))
                    .ifPresent(fields -> {
                        Optional<String> id = reader.id(fields.get("id"), "level id", NodeReader.MAX_NAME_ID)
                                .filter(value -> unique(ids, value, fields.get("id"), reader));
                        Labels labels = reader.labels(fields.get("labels"), "level labels");
                        List<String> aliases = aliases(fields, reader);
                        id.ifPresent(value -> levels.add(new Level(value, levels.size(), labels, aliases)));
                    });
        }
        return levels;
    }

    static List<Role> readRoles(Node root, NodeReader reader) {
        List<Role> roles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node item : listUnder(root, "roles", reader)) {
            reader.fields(item, "a role", Set.of("id", "short", "aliases", "labels"), Set.of("id", "short", "labels"))
                    .ifPresent(fields -> {
                        Optional<String> id = reader.id(fields.get("id"), "role id", NodeReader.MAX_NAME_ID)
                                .filter(value -> unique(ids, value, fields.get("id"), reader));
                        Optional<String> shortName = reader.text(fields.get("short"), "role short name");
                        Labels labels = reader.labels(fields.get("labels"), "role labels");
                        List<String> aliases = aliases(fields, reader);
                        if (id.isPresent() && shortName.isPresent()) {
                            roles.add(new Role(id.get(), shortName.get(), labels, aliases));
                        }
                    });
        }
        return roles;
    }

    static List<Domain> readDomains(Node root, NodeReader reader) {
        List<Domain> domains = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node item : listUnder(root, "domains", reader)) {
            reader.fields(item, "a domain", Set.of("id", "labels"), Set.of("id", "labels"))
                    .ifPresent(fields -> {
                        Optional<String> id = reader.id(fields.get("id"), "domain id", NodeReader.MAX_SKILL_ID)
                                .filter(value -> unique(ids, value, fields.get("id"), reader));
                        Labels labels = reader.labels(fields.get("labels"), "domain labels");
                        id.ifPresent(value -> domains.add(new Domain(value, labels)));
                    });
        }
        return domains;
    }

    private static List<Node> listUnder(Node root, String key, NodeReader reader) {
        return reader.fields(root, "the file", Set.of(key), Set.of(key))
                .map(fields -> fields.get(key))
                .map(node -> reader.items(node, key))
                .orElse(List.of());
    }

    private static List<String> aliases(Map<String, Node> fields, NodeReader reader) {
        return fields.containsKey("aliases") ? reader.texts(fields.get("aliases"), "aliases") : List.of();
    }

    private static boolean unique(Set<String> ids, String id, Node node, NodeReader reader) {
        if (!ids.add(id)) {
            reader.error(node, "duplicate id '" + id + "'");
            return false;
        }
        return true;
    }
}
