package dev.skillbot.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads a catalog directory: the shared {@code levels.yml}, {@code roles.yml} and
 * {@code domains.yml}, then one skill file per skill in one folder per domain. Every problem in
 * every file is collected; a catalog is returned only when there is none.
 */
public final class CatalogLoader {

    private static final List<String> DEFINITION_FILES =
            List.of(Definitions.LEVELS_FILE, Definitions.ROLES_FILE, Definitions.DOMAINS_FILE);

    private final UnaryOperator<String> revisionNaming;
    private final CatalogLocales locales;
    private final TranslationCheck translationCheck;

    public CatalogLoader() {
        this(UnaryOperator.identity());
    }

    /** A loader that names each snapshot's revision from its content hash, such as by the Git commit it came from. */
    public CatalogLoader(UnaryOperator<String> revisionNaming) {
        this(revisionNaming, CatalogLocales.DEFAULT, TranslationCheck.NONE);
    }

    /** A loader for catalogs in {@code locales}, reporting the translations {@code translationCheck} asks for. */
    public CatalogLoader(
            UnaryOperator<String> revisionNaming, CatalogLocales locales, TranslationCheck translationCheck) {
        this.revisionNaming = revisionNaming;
        this.locales = locales;
        this.translationCheck = translationCheck;
    }

    public LoadResult load(Path dir) {
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(
                    dir.toString(), 0, "catalog directory not found (set SKILLBOT_CATALOG_DIR or --catalog)"));
            return new LoadResult(Optional.empty(), problems);
        }
        return load(dir, listYamlFiles(dir, problems), problems);
    }

    /**
     * Loads the files {@code listed} by a walk of {@code dir}. A skill file deleted since the walk is
     * left out, as the next walk would; the definition files must be there.
     */
    LoadResult load(Path dir, List<Path> listed, List<Problem> problems) {
        List<Path> skillFiles = skillFiles(dir, listed, problems);
        List<SourceFile> definitionSources = DEFINITION_FILES.stream()
                .map(name -> SourceFile.read(dir, dir.resolve(name), problems, true))
                .toList();
        Definitions definitions = new Definitions(
                readDefinition(definitionSources.get(0), Definitions::readLevels, problems),
                readDefinition(definitionSources.get(1), Definitions::readRoles, problems),
                readDefinition(definitionSources.get(2), Definitions::readDomains, problems));
        List<Problem> missing = translationCheck.strict() ? problems : Collections.synchronizedList(new ArrayList<>());
        SkillFileReader skillReader = new SkillFileReader(definitions, locales, translationCheck, missing);
        // Each skill file is read, hashed and parsed in one step, so its text is garbage as soon as it is parsed.
        List<String[]> hashes = Collections.synchronizedList(new ArrayList<>());
        definitionSources.forEach(source -> hashes.add(new String[] {source.relative(), source.hash()}));
        List<SkillFileReader.ParsedSkill> parsed = skillFiles.parallelStream()
                .map(file -> {
                    SourceFile source = SourceFile.read(dir, file, problems, false);
                    if (source == null) {
                        return null;
                    }
                    hashes.add(new String[] {source.relative(), source.hash()});
                    return source.readable() ? parseSkill(source, skillReader, problems) : null;
                })
                .filter(Objects::nonNull)
                .toList();
        CatalogValidator.check(parsed, definitions, problems);
        if (definitions.levels().isEmpty() || definitions.roles().isEmpty()) {
            problems.add(new Problem(dir.toString(), 0, "the catalog needs at least one level and one role"));
        }
        if (!problems.isEmpty()) {
            return new LoadResult(Optional.empty(), problems, translationCheck.strict() ? List.of() : missing);
        }
        List<Skill> skills =
                parsed.stream().map(SkillFileReader.ParsedSkill::skill).toList();
        Catalog catalog = new Catalog(
                definitions.levels(),
                definitions.roles(),
                definitions.domains(),
                skills,
                revisionNaming.apply(revision(hashes)),
                locales);
        return new LoadResult(Optional.of(catalog), List.of(), translationCheck.strict() ? List.of() : missing);
    }

    private static SkillFileReader.ParsedSkill parseSkill(
            SourceFile source, SkillFileReader skillReader, List<Problem> problems) {
        NodeReader reader = new NodeReader(source.name(), problems);
        Optional<Node> root = SafeYaml.parse(source.content(), reader);
        return root.isEmpty() ? null : skillReader.read(root.get(), reader).orElse(null);
    }

    private static <T> List<T> readDefinition(
            SourceFile source, BiFunction<Node, NodeReader, List<T>> read, List<Problem> problems) {
        if (!source.readable()) {
            return List.of();
        }
        NodeReader reader = new NodeReader(source.name(), problems);
        return SafeYaml.parse(source.content(), reader)
                .map(root -> read.apply(root, reader))
                .orElse(List.of());
    }

    private static List<Path> listYamlFiles(Path dir, List<Problem> problems) {
        try {
            return CatalogFiles.yamlFiles(dir);
        } catch (IOException e) {
            problems.add(new Problem(dir.toString(), 0, "cannot list the catalog directory: " + e.getMessage()));
            return List.of();
        }
    }

    private static List<Path> skillFiles(Path dir, List<Path> listed, List<Problem> problems) {
        List<Path> skills = new ArrayList<>();
        for (Path file : listed) {
            Path relative = dir.relativize(file);
            if (relative.getNameCount() > 1) {
                skills.add(file);
            } else if (!DEFINITION_FILES.contains(relative.toString())) {
                problems.add(new Problem(
                        file.toString(),
                        0,
                        "skill files belong in a domain folder, such as "
                                + dir.resolve("devops-ci-cd").resolve(relative)));
            }
        }
        return skills;
    }

    /** A hash over every file's path and content hash, in path order. */
    private static String revision(List<String[]> hashes) {
        MessageDigest digest = sha256();
        hashes.stream().sorted((a, b) -> a[0].compareTo(b[0])).forEach(entry -> {
            digest.update(entry[0].getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(entry[1].getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        });
        return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
