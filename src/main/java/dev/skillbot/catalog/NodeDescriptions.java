package dev.skillbot.catalog;

import dev.skillbot.card.TextCut;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** How a node is named in a problem: what YAML read it as, its value shortened, and a hint to quote a coerced value. */
final class NodeDescriptions {

    private NodeDescriptions() {}

    static String describe(Node node) {
        if (node instanceof ScalarNode scalar) {
            String kind = switch (node.getTag().getValue()) {
                case "tag:yaml.org,2002:bool" -> "a boolean";
                case "tag:yaml.org,2002:int" -> "a number";
                case "tag:yaml.org,2002:float" -> "a number";
                case "tag:yaml.org,2002:null" -> "nothing";
                case "tag:yaml.org,2002:timestamp" -> "a date";
                default -> "text";
            };
            return kind + (scalar.getValue().isEmpty() ? "" : " '" + abbreviate(scalar.getValue()) + "'");
        }
        return node instanceof SequenceNode ? "a list" : "a mapping";
    }

    static String quoteHint(Node node) {
        boolean coerced =
                node instanceof ScalarNode && !Tag.STR.equals(node.getTag()) && !Tag.NULL.equals(node.getTag());
        return coerced ? " (YAML reads it that way; put it in quotes to mean text)" : "";
    }

    private static String abbreviate(String value) {
        return TextCut.clip(value, 40, "...");
    }
}
