package dev.skillbot.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * One skill file's outcome in a load: the skill (null when it could not be read) and the problems
 * and missing translations found in that file alone. It depends only on the file's bytes and the
 * definitions it was read against, which is what lets the next load reuse it ({@link LoadMemo}) and
 * a restart take it from the last start's {@link OutcomeSnapshot}.
 */
record ParsedFile(String hash, SkillFileReader.ParsedSkill skill, List<Problem> problems, List<Problem> missing) {

    /** Parses and reads {@code source}; with a strict {@code check}, missing translations are problems. */
    static ParsedFile read(SourceFile source, Definitions definitions, CatalogLocales locales, TranslationCheck check) {
        List<Problem> problems = new ArrayList<>();
        List<Problem> missing = check.strict() ? problems : new ArrayList<>();
        NodeReader reader = new NodeReader(source.name(), problems);
        SkillFileReader.ParsedSkill skill = tree(source, reader)
                .flatMap(root -> new SkillFileReader(definitions, locales, check, missing).read(root, reader))
                .orElse(null);
        return new ParsedFile(
                source.hash(), skill, List.copyOf(problems), check.strict() ? List.of() : List.copyOf(missing));
    }

    /** The file's node tree, or empty with its problems reported to {@code reader}. */
    static Optional<Node> tree(SourceFile source, NodeReader reader) {
        return source.text(reader).flatMap(text -> SafeYaml.parse(text, reader));
    }
}
