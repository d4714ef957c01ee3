package dev.skillbot.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * One skill file's outcome in a load: the skill (null when it could not be read) and the problems
 * and missing translations found in that file alone. It depends only on the file's bytes and the
 * definitions it was read against, which is what lets the next load reuse it ({@link LoadMemo}).
 */
record ParsedFile(String hash, SkillFileReader.ParsedSkill skill, List<Problem> problems, List<Problem> missing) {

    /** Parses and reads {@code source}; with a strict {@code check}, missing translations are problems. */
    static ParsedFile read(
            SourceFile source,
            NodeSource nodes,
            Definitions definitions,
            CatalogLocales locales,
            TranslationCheck check) {
        List<Problem> problems = new ArrayList<>();
        List<Problem> missing = check.strict() ? problems : new ArrayList<>();
        NodeReader reader = new NodeReader(source.name(), problems);
        SkillFileReader.ParsedSkill skill = nodes.parse(source, reader)
                .flatMap(root -> new SkillFileReader(definitions, locales, check, missing).read(root, reader))
                .orElse(null);
        return new ParsedFile(
                source.hash(), skill, List.copyOf(problems), check.strict() ? List.of() : List.copyOf(missing));
    }
}
