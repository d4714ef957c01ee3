package dev.skillbot.catalog;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one skill file's new content exactly as a full load would, against the levels, roles and
 * domains of the snapshot being served, so a writer can verify an edit before it replaces the file
 * without reading the whole catalog again. Cross-file checks that an edit of cell text cannot change
 * (unique names and aliases) are the full load's job.
 */
public final class SkillFileCheck {

    /** The skill as it would load, or the problems that would make the catalog invalid. */
    public record Outcome(Optional<Skill> skill, List<Problem> problems) {

        public boolean valid() {
            return problems.isEmpty() && skill.isPresent();
        }
    }

    private SkillFileCheck() {}

    public static Outcome check(Catalog snapshot, Path file, String content) {
        List<Problem> problems = new ArrayList<>();
        if (content.getBytes(StandardCharsets.UTF_8).length > SafeYaml.MAX_FILE_BYTES) {
            problems.add(new Problem(file.toString(), 0, "file is too large"));
            return new Outcome(Optional.empty(), problems);
        }
        Definitions definitions = new Definitions(snapshot.levels(), snapshot.roles(), snapshot.domains());
        NodeReader reader = new NodeReader(file.toString(), problems);
        Optional<Node> root = SafeYaml.parse(content, reader);
        Optional<SkillFileReader.ParsedSkill> parsed = root.flatMap(
                node -> new SkillFileReader(definitions, snapshot.locales(), TranslationCheck.NONE, new ArrayList<>())
                        .read(node, reader));
        parsed.ifPresent(skill -> CatalogValidator.check(List.of(skill), definitions, problems));
        return new Outcome(
                problems.isEmpty() ? parsed.map(SkillFileReader.ParsedSkill::skill) : Optional.empty(),
                List.copyOf(problems));
    }
}
