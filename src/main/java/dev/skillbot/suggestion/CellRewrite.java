package dev.skillbot.suggestion;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Rewrites one cell of a skill file by replacing only the characters of the cell's {@code text}
 * (in the edited language only) and {@code required} values and of {@code updated}: comments, key
 * order, formatting and the other languages' texts stay byte for byte as they were.
 */
final class CellRewrite {

    /** What rewriting found. */
    sealed interface Outcome {

        record Rewritten(String content) implements Outcome {}

        /** The cell already holds the proposed text and flag. */
        record AlreadyWritten() implements Outcome {}

        record Refused(WriteCause cause, String problem) implements Outcome {}
    }

    private record Replacement(int start, int end, String text) {}

    /** A cell this rewrite cannot change without touching more than the edited text; the reviewer is told how to fix the file. */
    private static final class Unwritable extends RuntimeException {
        Unwritable(String message) {
            super(message);
        }
    }

    private CellRewrite() {}

    static Outcome apply(String content, CellEdit edit) {
        try {
            return rewrite(content, edit);
        } catch (Unwritable e) {
            return new Outcome.Refused(WriteCause.FILE, e.getMessage());
        } catch (RuntimeException e) {
            return new Outcome.Refused(WriteCause.FILE, "the skill file no longer parses: " + e.getMessage());
        }
    }

    private static Outcome rewrite(String content, CellEdit edit) {
        MappingNode root =
                (MappingNode) new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(content));
        MappingNode cell = (MappingNode) path(root, "cells", edit.levelId(), edit.roleId());
        ScalarNode required = (ScalarNode) path(cell, "required");
        ScalarNode updated = (ScalarNode) path(root, "updated");
        boolean requiredNow = Boolean.parseBoolean(required.getValue());
        TextChange text = TextChange.of(content, cell, edit);
        if (text.now().equals(edit.newText()) && text.variantExists() && requiredNow == edit.required()) {
            return new Outcome.AlreadyWritten();
        }
        if (!text.now().equals(edit.expectedText())) {
            return new Outcome.Refused(
                    WriteCause.CELL_CHANGED,
                    "the cell " + edit.levelId() + "/" + edit.roleId()
                            + " no longer holds the text the suggestion was made against");
        }
        List<Replacement> replacements = new ArrayList<>();
        replacements.add(text.replacement());
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

    /**
     * The characters that change one language's text of a cell, whatever form it is in: a plain text (the default
     * language), a block map of languages with the edited one, or one without it yet.
     *
     * @param now           the text the edited language shows today: its own, or the default language's standing in
     * @param variantExists whether the edited language has a text of its own
     */
    private record TextChange(String now, boolean variantExists, Replacement replacement) {

        static TextChange of(String content, MappingNode cell, CellEdit edit) {
            NodeTuple text = tuple(cell, "text");
            String quoted = YamlScalars.doubleQuoted(edit.newText());
            if (text.getValueNode() instanceof ScalarNode plain) {
                String now = plain.getValue().strip();
                if (edit.editsDefaultLanguage()) {
                    return new TextChange(now, true, CellRewrite.replacement(content, plain, quoted));
                }
                if (cell.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
                    throw new Unwritable(
                            "the cell " + edit.levelId() + "/" + edit.roleId() + " is written on one line ({...}); "
                                    + "write it one key per line to add a " + edit.locale() + " text");
                }
                return new TextChange(now, false, toVariants(content, text.getKeyNode(), plain, edit, quoted));
            }
            MappingNode variants = (MappingNode) text.getValueNode();
            if (variants.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
                throw new Unwritable("the cell " + edit.levelId() + "/" + edit.roleId()
                        + " has its languages on one line ({...}); " + "write them one per line");
            }
            ScalarNode fallback =
                    (ScalarNode) tuple(variants, edit.defaultLocale()).getValueNode();
            Optional<ScalarNode> variant = variants.getValue().stream()
                    .filter(tuple -> tuple.getKeyNode() instanceof ScalarNode key
                            && key.getValue().equals(edit.locale()))
                    .map(tuple -> (ScalarNode) tuple.getValueNode())
                    .findFirst();
            if (variant.isPresent()) {
                return new TextChange(
                        variant.get().getValue().strip(),
                        true,
                        CellRewrite.replacement(content, variant.get(), quoted));
            }
            // The new language goes on a line of its own after the last one, behind any comment that line ends with.
            Node last = variants.getValue().get(variants.getValue().size() - 1).getValueNode();
            int lineEnd = content.indexOf('\n', trimmedEnd(content, last));
            int at = lineEnd < 0
                    ? content.length()
                    : lineEnd > 0 && content.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
            String lineBreak = lineEnd > 0 && content.charAt(lineEnd - 1) == '\r' ? "\r\n" : "\n";
            String line = lineBreak
                    + " "
                            .repeat(variants.getValue()
                                    .get(0)
                                    .getKeyNode()
                                    .getStartMark()
                                    .getColumn()) + edit.locale() + ": " + quoted;
            return new TextChange(fallback.getValue().strip(), false, new Replacement(at, at, line));
        }

        /**
         * A plain text becomes a block map: the default language's text keeps its characters (its continuation
         * lines move two spaces right, which YAML folds away), the new language follows on its own line.
         */
        private static Replacement toVariants(
                String content, Node key, ScalarNode plain, CellEdit edit, String quoted) {
            String indent = " ".repeat(key.getStartMark().getColumn() + 2);
            int keyEnd = content.offsetByCodePoints(0, key.getEndMark().getIndex());
            int valueStart = content.offsetByCodePoints(0, plain.getStartMark().getIndex());
            int valueEnd = trimmedEnd(content, plain);
            String original = content.substring(valueStart, valueEnd).replace("\n", "\n  ");
            int colon = content.indexOf(':', keyEnd);
            return new Replacement(
                    colon + 1,
                    valueEnd,
                    "\n" + indent + edit.defaultLocale() + ": " + original + "\n" + indent + edit.locale() + ": "
                            + quoted);
        }
    }

    private static Replacement replacement(String content, Node node, String text) {
        int start = content.offsetByCodePoints(0, node.getStartMark().getIndex());
        return new Replacement(start, trimmedEnd(content, node), text + headerComment(content, node, start));
    }

    /** A block scalar's comment on its indicator line ({@code text: |- # why}), which the one-line text keeps. */
    private static String headerComment(String content, Node node, int start) {
        if (!(node instanceof ScalarNode scalar)
                || (scalar.getScalarStyle() != DumperOptions.ScalarStyle.LITERAL
                        && scalar.getScalarStyle() != DumperOptions.ScalarStyle.FOLDED)) {
            return "";
        }
        int lineEnd = content.indexOf('\n', start);
        String header = content.substring(start, lineEnd < 0 ? content.length() : lineEnd)
                .stripTrailing();
        int hash = header.indexOf(" #");
        return hash < 0 ? "" : header.substring(hash);
    }

    /** Where a value's characters end: a block scalar (| or >) ends after its trailing line breaks, which belong to the layout. */
    private static int trimmedEnd(String content, Node node) {
        int start = content.offsetByCodePoints(0, node.getStartMark().getIndex());
        int end = content.offsetByCodePoints(0, node.getEndMark().getIndex());
        while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static Node path(Node node, String... keys) {
        Node current = node;
        for (String key : keys) {
            if (!(current instanceof MappingNode mapping)) {
                throw new IllegalStateException("'" + key + "' is not inside a mapping");
            }
            current = tuple(mapping, key).getValueNode();
        }
        return current;
    }

    private static NodeTuple tuple(MappingNode mapping, String key) {
        return mapping.getValue().stream()
                .filter(tuple -> tuple.getKeyNode() instanceof ScalarNode scalar
                        && scalar.getValue().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no key '" + key + "'"));
    }
}
