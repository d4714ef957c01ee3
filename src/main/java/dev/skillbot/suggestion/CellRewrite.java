package dev.skillbot.suggestion;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Rewrites one cell of a skill file by replacing only the characters of the cell's {@code text}
 * and {@code required} values and of {@code updated}: comments, key order and formatting
 * elsewhere stay byte for byte as they were.
 */
final class CellRewrite {

    /** What rewriting found. */
    sealed interface Outcome {

        record Rewritten(String content) implements Outcome {
        }

        /** The cell already holds the proposed text and flag. */
        record AlreadyWritten() implements Outcome {
        }

        record Refused(String problem) implements Outcome {
        }
    }

    private record Replacement(int start, int end, String text) {
    }

    private CellRewrite() {
    }

    static Outcome apply(String content, CellEdit edit) {
        try {
            return rewrite(content, edit);
        } catch (RuntimeException e) {
            return new Outcome.Refused("the skill file no longer parses: " + e.getMessage());
        }
    }

    private static Outcome rewrite(String content, CellEdit edit) {
        MappingNode root = (MappingNode) new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(content));
        ScalarNode text = (ScalarNode) path(root, "cells", edit.levelId(), edit.roleId(), "text");
        ScalarNode required = (ScalarNode) path(root, "cells", edit.levelId(), edit.roleId(), "required");
        ScalarNode updated = (ScalarNode) path(root, "updated");
        boolean requiredNow = Boolean.parseBoolean(required.getValue());
        String textNow = text.getValue().strip();
        if (textNow.equals(edit.newText()) && requiredNow == edit.required()) {
            return new Outcome.AlreadyWritten();
        }
        if (!textNow.equals(edit.expectedText())) {
            return new Outcome.Refused("the cell " + edit.levelId() + "/" + edit.roleId()
                    + " no longer holds the text the suggestion was made against");
        }
        List<Replacement> replacements = new ArrayList<>();
        replacements.add(replacement(content, text, YamlScalars.doubleQuoted(edit.newText())));
        if (requiredNow != edit.required()) {
            replacements.add(replacement(content, required, Boolean.toString(edit.required())));
        }
        replacements.add(replacement(content, updated, edit.updated().toString()));
        replacements.sort(Comparator.comparingInt(Replacement::start).reversed());
        StringBuilder result = new StringBuilder(content);
        for (Replacement replacement : replacements) {
            result.replace(replacement.start(), replacement.end(), replacement.text());
        }
        return new Outcome.Rewritten(result.toString());
    }

    private static Replacement replacement(String content, Node node, String text) {
        int start = content.offsetByCodePoints(0, node.getStartMark().getIndex());
        int end = content.offsetByCodePoints(0, node.getEndMark().getIndex());
        // A block scalar (| or >) ends after its trailing line breaks; those belong to the layout, not the value.
        while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
            end--;
        }
        return new Replacement(start, end, text);
    }

    private static Node path(Node node, String... keys) {
        Node current = node;
        for (String key : keys) {
            if (!(current instanceof MappingNode mapping)) {
                throw new IllegalStateException("'" + key + "' is not inside a mapping");
            }
            current = mapping.getValue().stream()
                    .filter(tuple -> tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key))
                    .map(NodeTuple::getValueNode)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no key '" + key + "'"));
        }
        return current;
    }
}
