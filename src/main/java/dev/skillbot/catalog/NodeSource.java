package dev.skillbot.catalog;

import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/** Where a catalog file's node tree comes from: SnakeYAML, or a {@link NodeSnapshot} of an earlier parse. */
interface NodeSource {

    /** Decodes and parses the file, reporting its problems to {@code reader}. */
    NodeSource PARSE = (source, reader) -> source.text(reader).flatMap(text -> SafeYaml.parse(text, reader));

    /** The file's tree, or empty with the problems reported, exactly as {@link #PARSE} would. */
    Optional<Node> parse(SourceFile source, NodeReader reader);
}
