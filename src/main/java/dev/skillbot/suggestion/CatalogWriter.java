package dev.skillbot.suggestion;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Writes one approved cell into its skill file by replacing only the characters of the cell's
 * {@code text} and {@code required} values and of {@code updated}: comments, key order and
 * formatting elsewhere stay byte for byte as they were.
 */
public final class CatalogWriter {

    /** The outcome of a write: the file changed, or why it was left alone. */
    public record Result(boolean written, String problem) {

        static Result ok() {
            return new Result(true, "");
        }

        static Result conflict(String problem) {
            return new Result(false, problem);
        }
    }

    private record Replacement(int start, int end, String text) {
    }

    public Result apply(Path file, CellEdit edit) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        Optional<String> updated;
        try {
            updated = rewrite(content, edit);
        } catch (RuntimeException e) {
            return Result.conflict("the skill file no longer parses: " + e.getMessage());
        }
        if (updated.isEmpty()) {
            return Result.conflict("the cell " + edit.levelId() + "/" + edit.roleId() + " no longer holds the text the suggestion was made against");
        }
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        Files.writeString(temp, updated.get(), StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return Result.ok();
    }

    /** The new file content, or empty when the cell's current text is not the expected one. */
    Optional<String> rewrite(String content, CellEdit edit) {
        MappingNode root = (MappingNode) new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(content));
        ScalarNode text = (ScalarNode) path(root, "cells", edit.levelId(), edit.roleId(), "text");
        ScalarNode required = (ScalarNode) path(root, "cells", edit.levelId(), edit.roleId(), "required");
        ScalarNode updated = (ScalarNode) path(root, "updated");
        if (!text.getValue().strip().equals(edit.expectedText())) {
            return Optional.empty();
        }
        List<Replacement> replacements = new ArrayList<>();
        replacements.add(replacement(content, text, YamlScalars.doubleQuoted(edit.newText())));
        if (Boolean.parseBoolean(required.getValue()) != edit.required()) {
            replacements.add(replacement(content, required, Boolean.toString(edit.required())));
        }
        replacements.add(replacement(content, updated, edit.updated().toString()));
        replacements.sort(Comparator.comparingInt(Replacement::start).reversed());
        StringBuilder result = new StringBuilder(content);
        for (Replacement replacement : replacements) {
            result.replace(replacement.start(), replacement.end(), replacement.text());
        }
        return Optional.of(result.toString());
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
