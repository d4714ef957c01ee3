package dev.skillbot.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads a skill file's {@code cells}: one expectation for every level and every role of the skill. */
final class CellReader {

    private static final Set<String> CELL_KEYS = new LinkedHashSet<>(List.of("required", "text"));

    private final List<Level> levels;
    private final NodeReader reader;
    private final LocalizedReader texts;

    CellReader(List<Level> levels, NodeReader reader, LocalizedReader texts) {
        this.levels = levels;
        this.reader = reader;
        this.texts = texts;
    }

    /** Cells in level-major order; a missing or broken cell is reported and leaves the list short. */
    List<Expectation> cells(Node node, List<String> roleIds) {
        List<Expectation> cells = new ArrayList<>();
        Optional<Map<String, Node>> byLevel = reader.fields(node, "cells", Set.of(), Set.of());
        if (byLevel.isEmpty()) {
            return cells;
        }
        byLevel.get().keySet().stream()
                .filter(levelId -> levels.stream().noneMatch(level -> level.id().equals(levelId)))
                .forEach(levelId -> reader.error(
                        keyNode(node, levelId),
                        "unknown level '" + levelId + "' (not in " + Definitions.LEVELS_FILE + ")"));
        for (Level level : levels) {
            Node levelNode = byLevel.get().get(level.id());
            if (levelNode == null) {
                reader.error(node, "cells has no level '" + level.id() + "'");
                continue;
            }
            Optional<Map<String, Node>> byRole =
                    reader.fields(levelNode, () -> "cells." + level.id(), Set.of(), Set.of());
            if (byRole.isEmpty()) {
                continue;
            }
            byRole.get().keySet().stream()
                    .filter(roleId -> !roleIds.contains(roleId))
                    .forEach(roleId -> reader.error(
                            keyNode(levelNode, roleId),
                            "cell for role '" + roleId + "' at " + level.id() + ", but the skill's roles are "
                                    + roleIds));
            for (String roleId : roleIds) {
                Node cellNode = byRole.get().get(roleId);
                if (cellNode == null) {
                    reader.error(levelNode, "missing cell: level '" + level.id() + "', role '" + roleId + "'");
                    continue;
                }
                cell(cellNode, level, roleId).ifPresent(cells::add);
            }
        }
        return cells;
    }

    /** The cell's description for error messages is only put together when there is an error: a large catalog has millions of cells. */
    private Optional<Expectation> cell(Node node, Level level, String roleId) {
        Optional<Map<String, Node>> fields = reader.fields(node, () -> where(level, roleId), CELL_KEYS, CELL_KEYS);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Optional<Boolean> required =
                reader.bool(fields.get().get("required"), () -> where(level, roleId) + " required");
        Optional<Localized> text =
                texts.read(fields.get().get("text"), () -> where(level, roleId) + " text", SkillFileReader.MAX_TEXT);
        if (required.isEmpty() || text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Expectation(level.id(), roleId, text.get(), required.get()));
    }

    private static String where(Level level, String roleId) {
        return "cell " + level.id() + "/" + roleId;
    }

    private static Node keyNode(Node mapping, String key) {
        if (mapping instanceof MappingNode map) {
            return map.getValue().stream()
                    .filter(tuple -> tuple.getKeyNode() instanceof ScalarNode scalar
                            && scalar.getValue().equals(key))
                    .map(NodeTuple::getKeyNode)
                    .findFirst()
                    .orElse(mapping);
        }
        return mapping;
    }
}
