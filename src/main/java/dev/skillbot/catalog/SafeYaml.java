package dev.skillbot.catalog;

import java.io.StringReader;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Parses one catalog file into a YAML node tree without constructing any object from it.
 * SnakeYAML's default limits stay as they are (50 aliases, depth 50, 3 MB); duplicate keys,
 * tabs, anchors and any tag outside YAML's core schema are refused.
 */
final class SafeYaml {

    static final int MAX_FILE_BYTES = 3 * 1024 * 1024;

    private static final Set<Tag> CORE_TAGS = Set.of(
            Tag.STR, Tag.INT, Tag.BOOL, Tag.FLOAT, Tag.NULL, Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);

    private SafeYaml() {
    }

    static Optional<Node> parse(String content, NodeReader reader) {
        if (!checkTabs(content, reader)) {
            return Optional.empty();
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        Node root;
        try {
            root = yaml.compose(new StringReader(content));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            reader.error(line, "not valid YAML: " + e.getProblem()
                    + (e.getContext() == null ? "" : " " + e.getContext()));
            return Optional.empty();
        } catch (YAMLException e) {
            reader.error(0, "refused: " + e.getMessage());
            return Optional.empty();
        }
        if (root == null) {
            reader.error(0, "the file is empty");
            return Optional.empty();
        }
        boolean safe = checkNodes(root, reader, Collections.newSetFromMap(new IdentityHashMap<>()));
        return safe ? Optional.of(root) : Optional.empty();
    }

    private static boolean checkTabs(String content, NodeReader reader) {
        List<String> lines = content.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int indentEnd = 0;
            while (indentEnd < line.length() && (line.charAt(indentEnd) == ' ' || line.charAt(indentEnd) == '\t')) {
                indentEnd++;
            }
            if (line.substring(0, indentEnd).indexOf('\t') >= 0) {
                reader.error(i + 1, "a tab is used for indentation; YAML needs spaces");
                return false;
            }
        }
        return true;
    }

    private static boolean checkNodes(Node node, NodeReader reader, Set<Node> seen) {
        if (!seen.add(node) || node.getAnchor() != null) {
            reader.error(node, "anchors and aliases (&name, *name) are not allowed in catalog files");
            return false;
        }
        if (!CORE_TAGS.contains(node.getTag())) {
            reader.error(node, "the tag " + node.getTag() + " is not allowed: catalog files hold only plain text, numbers, lists and mappings");
            return false;
        }
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (!checkNodes(tuple.getKeyNode(), reader, seen) || !checkNodes(tuple.getValueNode(), reader, seen)) {
                    return false;
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (!checkNodes(item, reader, seen)) {
                    return false;
                }
            }
        }
        return true;
    }
}
