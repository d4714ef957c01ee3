package dev.skillbot.catalog;

import java.io.StringReader;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses one catalog file into a YAML node tree without constructing any object from it.
 * SnakeYAML's default limits stay as they are (50 aliases, depth 50, 3 MB); duplicate keys,
 * tabs, anchors and any tag outside YAML's core schema are refused.
 *
 * <p>It runs SnakeYAML's composer directly, as {@code Yaml.compose} does, with one shared resolver
 * and set of options: composing needs neither a constructor nor a representer, and a large catalog
 * would build them for each of its thousands of files. Duplicate keys are found by {@link NodeReader}.
 */
final class SafeYaml {

    static final int MAX_FILE_BYTES = 3 * 1024 * 1024;

    private static final Set<Tag> CORE_TAGS =
            Set.of(Tag.STR, Tag.INT, Tag.BOOL, Tag.FLOAT, Tag.NULL, Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);

    /** Read-only once built: the resolver's patterns and tables are only read when resolving. */
    private static final Resolver RESOLVER = new Resolver();

    private static final LoaderOptions OPTIONS = new LoaderOptions();

    private SafeYaml() {}

    static Optional<Node> parse(String content, NodeReader reader) {
        if (!checkTabs(content, reader)) {
            return Optional.empty();
        }
        Node root;
        try {
            root = new Composer(new ParserImpl(new StreamReader(new StringReader(content)), OPTIONS), RESOLVER, OPTIONS)
                    .getSingleNode();
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            reader.error(
                    line, "not valid YAML: " + e.getProblem() + (e.getContext() == null ? "" : " " + e.getContext()));
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

    /** Finds a tab in a line's indentation; a file without any tab, the usual case, is passed in one vectorised scan. */
    private static boolean checkTabs(String content, NodeReader reader) {
        if (content.indexOf('\t') < 0) {
            return true;
        }
        int line = 1;
        boolean indentation = true;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == content.length() || content.charAt(i + 1) != '\n'))) {
                line++;
                indentation = true;
            } else if (indentation && c == '\t') {
                reader.error(line, "a tab is used for indentation; YAML needs spaces");
                return false;
            } else if (c != ' ' && c != '\r') {
                indentation = false;
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
            reader.error(
                    node,
                    "the tag " + node.getTag()
                            + " is not allowed: catalog files hold only plain text, numbers, lists and mappings");
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
