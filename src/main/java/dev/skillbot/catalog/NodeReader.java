package dev.skillbot.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads composed YAML nodes into plain values, checking each field's type on the node itself so
 * that YAML 1.1 coercions ({@code no}, {@code 0755}, dates) are caught with their line number.
 * Every problem is recorded; reading goes on so that one run reports them all.
 */
final class NodeReader {

    /** Ids end up inside button ids, which Discord caps at 100 characters: keep them short. */
    static final int MAX_SKILL_ID = 40;

    static final int MAX_NAME_ID = 16;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final String file;
    private final List<Problem> problems;

    NodeReader(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    String file() {
        return file;
    }

    void error(Node node, String message) {
        error(line(node), message);
    }

    void error(int line, String message) {
        problems.add(new Problem(file, line, message));
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /** The fields of a mapping, refusing unknown keys and reporting missing required ones. */
    Optional<Map<String, Node>> fields(Node node, String what, Set<String> allowed, Set<String> required) {
        return fields(node, () -> what, allowed, required);
    }

    /** As {@link #fields(Node, String, Set, Set)}, naming the mapping only if there is a problem to report. */
    Optional<Map<String, Node>> fields(Node node, Supplier<String> what, Set<String> allowed, Set<String> required) {
        if (node == null) {
            return Optional.empty();
        }
        if (!(node instanceof MappingNode mapping)) {
            error(node, what.get() + " must be a mapping of keys to values, found " + NodeDescriptions.describe(node));
            return Optional.empty();
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                error(tuple.getKeyNode(), "keys in " + what.get() + " must be plain words");
                continue;
            }
            if (!allowed.isEmpty() && !allowed.contains(key.getValue())) {
                error(
                        key,
                        "unknown key '" + key.getValue() + "' in " + what.get() + " (allowed: "
                                + String.join(", ", allowed) + ")");
                continue;
            }
            if (fields.putIfAbsent(key.getValue(), tuple.getValueNode()) != null) {
                error(key, "duplicate key '" + key.getValue() + "' in " + what.get());
            }
        }
        for (String key : required) {
            if (!fields.containsKey(key)) {
                error(node, what.get() + " is missing the required key '" + key + "'");
            }
        }
        return Optional.of(fields);
    }

    Optional<String> text(Node node, String what) {
        return text(node, () -> what);
    }

    Optional<String> text(Node node, Supplier<String> what) {
        if (node == null) {
            return Optional.empty();
        }
        if (!(node instanceof ScalarNode scalar) || !Tag.STR.equals(node.getTag())) {
            error(
                    node,
                    what.get() + " must be text, found " + NodeDescriptions.describe(node)
                            + NodeDescriptions.quoteHint(node));
            return Optional.empty();
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            error(node, what.get() + " must not be empty");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    Optional<String> id(Node node, String what, int maxLength) {
        return text(node, what).filter(value -> {
            boolean valid = ID.matcher(value).matches() && value.length() <= maxLength;
            if (!valid) {
                error(
                        node,
                        what + " '" + value + "' must be lowercase letters, digits and dashes, at most " + maxLength);
            }
            return valid;
        });
    }

    Optional<Boolean> bool(Node node, Supplier<String> what) {
        if (node == null) {
            return Optional.empty();
        }
        if (!(node instanceof ScalarNode scalar) || !Tag.BOOL.equals(node.getTag())) {
            error(node, what.get() + " must be true or false, found " + NodeDescriptions.describe(node));
            return Optional.empty();
        }
        String value = scalar.getValue().toLowerCase(java.util.Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            error(node, what.get() + " must be written true or false, not '" + scalar.getValue() + "'");
            return Optional.empty();
        }
        return Optional.of(Boolean.parseBoolean(value));
    }

    Optional<LocalDate> date(Node node, String what) {
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar
                && (Tag.TIMESTAMP.equals(node.getTag()) || Tag.STR.equals(node.getTag()))) {
            try {
                return Optional.of(LocalDate.parse(scalar.getValue().strip()));
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        error(node, what + " must be a date written YYYY-MM-DD, found " + NodeDescriptions.describe(node));
        return Optional.empty();
    }

    List<String> texts(Node node, String what) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            error(node, what + " must be a list, found " + NodeDescriptions.describe(node));
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            text(item, "each entry of " + what).ifPresent(values::add);
        }
        return values;
    }

    List<Node> items(Node node, String what) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            error(node, what + " must be a list, found " + NodeDescriptions.describe(node));
            return List.of();
        }
        return sequence.getValue();
    }

    Labels labels(Node node, String what) {
        Map<String, String> labels = new LinkedHashMap<>();
        fields(node, what, Set.of(), Set.of(Labels.DEFAULT_LOCALE))
                .ifPresent(fields -> fields.forEach((locale, value) ->
                        text(value, what + "." + locale).ifPresent(text -> labels.put(locale, text))));
        if (!labels.containsKey(Labels.DEFAULT_LOCALE)) {
            labels.put(Labels.DEFAULT_LOCALE, "?");
        }
        return new Labels(labels);
    }
}
